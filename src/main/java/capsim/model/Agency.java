package capsim.model;

/** The public services of docs/ODD.md section 2. {@code code} prefixes every output column of the agency. */
public enum Agency {
    CSC("csc", "Children's social care"),
    ASC("asc", "Adult social care"),
    GP("gp", "Primary care (GP)"),
    ACUTE("acute", "Acute hospital"),
    MH("mh", "Mental health services"),
    POLICE("police", "Police"),
    HOUSING("housing", "Housing"),
    VCS("vcs", "Voluntary and community sector"),
    /** Carer's Allowance (DWP): a payer with no cases, after the services so their ordinals stay. */
    BENEFITS("benefits", "Benefits (DWP)");

    public final String code;
    public final String label;

    Agency(String code, String label) { this.code = code; this.label = label; }

    public static Agency byCode(String code) {
        for (Agency a : values()) if (a.code.equals(code)) return a;
        throw new IllegalArgumentException("unknown agency: " + code);
    }
}
