namespace Steward.Web.Tables;

/// <summary>The portal's addresses, in one place.</summary>
public static class Links
{
    public static string Process(string ocid) => $"/processes/{Uri.EscapeDataString(ocid)}";

    public static string ProcessOcds(string ocid) => $"/api/processes/{Uri.EscapeDataString(ocid)}/ocds";

    public static string Buyer(string buyerId) => $"/buyer?id={Uri.EscapeDataString(buyerId)}";

    public static string Supplier(string organisationId) => $"/supplier?id={Uri.EscapeDataString(organisationId)}";

    public static string Market(string cpv, string region) => $"/market?cpv={Uri.EscapeDataString(cpv)}&region={Uri.EscapeDataString(region)}";
}
