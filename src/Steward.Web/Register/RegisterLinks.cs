namespace Steward.Web.Register;

/// <summary>The register's addresses.</summary>
public static class RegisterLinks
{
    public const string Index = "/register";

    public static string Profile(string id) => $"/register/profile?id={Uri.EscapeDataString(id)}";

    public static string Eligibility(string? ocid = null, string? lot = null) =>
        ocid is null ? "/register/eligibility" : $"/register/eligibility?ocid={Uri.EscapeDataString(ocid)}&lot={Uri.EscapeDataString(lot ?? "tender")}";
}
