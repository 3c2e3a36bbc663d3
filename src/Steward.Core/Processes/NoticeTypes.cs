namespace Steward.Core.Processes;

/// <summary>
/// The Procurement Act 2023's notice types (<c>documents[].noticeType</c>, the UK extension's field: UK1 … UK17) by
/// the names Find a Tender gives them ("Notice types and sequences", find-tender.service.gov.uk/Home/NoticeTypes, as
/// copied in efeakp/UK-tender-intelligence; ../shared/domain/ocds-uk.md §2). UK8, which that page does not list, is
/// the contract payments notice of PA 2023 s.70 (ocds-uk.md §2, after the Government Commercial Agency's notices
/// guide); UK17 is the payments compliance notice of s.69.
/// </summary>
public static class NoticeTypes
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK1"] = "Pipeline notice",
        ["UK2"] = "Preliminary market engagement notice",
        ["UK3"] = "Planned procurement notice",
        ["UK4"] = "Tender notice",
        ["UK5"] = "Transparency notice",
        ["UK6"] = "Contract award notice",
        ["UK7"] = "Contract details notice",
        ["UK8"] = "Contract payments notice",
        ["UK9"] = "Contract performance notice",
        ["UK10"] = "Contract change notice",
        ["UK11"] = "Contract termination notice",
        ["UK12"] = "Procurement termination notice",
        ["UK13"] = "Dynamic market intention notice",
        ["UK14"] = "Dynamic market establishment notice",
        ["UK15"] = "Dynamic market modification notice",
        ["UK16"] = "Dynamic market cessation notice",
        ["UK17"] = "Payments compliance notice",
    };


    /// <summary>The notice type's name ("UK4" → "Tender notice"), any case; null for anything else.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}
