package dev.ccp.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.core.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageSoDeepItsOffsetWouldOverflowIsABadRequestNamingThePage() {
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("page"));
                });
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE / 2, PageRequest.MAX_SIZE))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void theDeepestAllowedPageStillHasAPositiveOffset() {
        PageRequest deepest = PageRequest.of((int) (PageRequest.MAX_OFFSET / 500), 500);
        assertThat(deepest.offset()).isEqualTo(PageRequest.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequest.of((int) (PageRequest.MAX_OFFSET / 500) + 1, 500))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void absentParametersMeanAPlainList() {
        assertThat(PageRequest.of(null, null)).isNull();
        assertThat(PageRequest.of(2, null)).isEqualTo(new PageRequest(2, 50));
    }
}
