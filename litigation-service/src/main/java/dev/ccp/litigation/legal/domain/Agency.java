package dev.ccp.litigation.legal.domain;

/** The law-enforcement bodies a case is referred to, each with the jurisdiction it acts in. */
public enum Agency {
    /** US National Intellectual Property Rights Coordination Center. */
    IPR_CENTER("US"),
    /** US Customs and Border Protection. */
    CBP("US"),
    /** US Homeland Security Investigations. */
    HSI("US"),
    /** US Federal Bureau of Investigation. */
    FBI("US"),
    /** The EU's police agency; a referral names the member state (or EU) it concerns. */
    EUROPOL(null),
    /** The European Anti-Fraud Office. */
    OLAF(null),
    /** City of London Police's Intellectual Property Crime Unit. */
    UK_PIPCU("UK"),
    /** UK Trading Standards. */
    UK_TRADING_STANDARDS("UK"),
    /** China's Public Security Bureau. */
    CHINA_PSB("CN"),
    /** China's State Administration for Market Regulation. */
    CHINA_SAMR("CN"),
    /** A member state's national police or customs; the referral's jurisdiction says which. */
    NATIONAL_AUTHORITY(null);

    private final String jurisdiction;

    Agency(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    /** Whether the agency acts in that jurisdiction: a national one in its own, the others in any EU one. */
    public boolean actsIn(String code) {
        if (jurisdiction != null) {
            return jurisdiction.equals(code);
        }
        return this == NATIONAL_AUTHORITY ? Jurisdictions.isEuMemberState(code) : Jurisdictions.isEu(code);
    }
}
