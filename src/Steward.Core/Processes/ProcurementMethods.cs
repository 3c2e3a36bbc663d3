namespace Steward.Core.Processes;

/// <summary>
/// <c>tender.procurementMethod</c> in UK terms. The codes are OCDS 1.1.5's closed method codelist
/// (open-contracting/standard 1__1__5 <c>schema/codelists/method.csv</c>; ../shared/data/schema/ocds-1.1.5). What UK
/// publishers mean by each is read from the <c>procurementMethodDetails</c> they publish beside it
/// (../shared/domain/ocds-uk.md §3 "Procedure type", and the files in ../shared/data/ocds): <c>open</c> is the open
/// procedure (PA 2023 s.20(2)(a); PCR 2015 reg. 27); <c>selective</c> the competitive flexible procedure
/// (PA 2023 s.20(2)(b)), the PCR 2015 restricted, negotiated and dialogue procedures, and competitions among a
/// framework's suppliers; <c>limited</c> the PCR 2015 negotiated procedure without prior publication (reg. 32) and
/// below-threshold "limited competition", which Steward counts as awarded without competition like <c>direct</c>
/// (<c>ProcedureKinds.IsUncompeted</c>, docs/indicators.md "Procedure kinds"); <c>direct</c> a direct award
/// (PA 2023 s.41–43).
/// </summary>
public static class ProcurementMethods
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = "Open procedure",
        ["selective"] = "Selective procedure (shortlisted suppliers compete)",
        ["limited"] = "Limited (direct award)",
        ["direct"] = "Direct award (no competition)",
    };


    /// <summary>The method in words ("open" → "Open procedure"), any case; null for a code outside the codelist.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}
