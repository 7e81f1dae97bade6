package dev.ccp.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTokenArgsTest {

    @Test
    void withoutAsTheSubjectNamesTheRoles() {
        StaffTokenArgs args = StaffTokenArgs.parse(List.of("moderator", "legal"));
        assertThat(args.subject()).isEqualTo("local-moderator-legal");
        assertThat(args.roles()).containsExactly("moderator", "legal");
    }

    @Test
    void asSetsTheSubjectWhereverItStands() {
        assertThat(StaffTokenArgs.parse(List.of("--as", "ana", "moderator")).subject()).isEqualTo("ana");
        assertThat(StaffTokenArgs.parse(List.of("moderator", "--as", "mod.bob@ccp")).subject()).isEqualTo("mod.bob@ccp");
        assertThat(StaffTokenArgs.parse(List.of("--as=carla", "moderator")).roles()).containsExactly("moderator");
    }

    @Test
    void refusesWhatWouldMakeAnUnreadableOrMissingName() {
        assertThatThrownBy(() -> StaffTokenArgs.parse(List.of("moderator", "--as"))).hasMessageContaining("NAME");
        assertThatThrownBy(() -> StaffTokenArgs.parse(List.of("--as", "ana smith", "moderator")))
                .hasMessageContaining("--as 'ana smith'");
        assertThatThrownBy(() -> StaffTokenArgs.parse(List.of("--as", "ana", "--as", "bob", "moderator")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> StaffTokenArgs.parse(List.of("--as", "ana"))).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> StaffTokenArgs.parse(List.of("moderatr"))).hasMessageContaining("unknown role");
    }
}
