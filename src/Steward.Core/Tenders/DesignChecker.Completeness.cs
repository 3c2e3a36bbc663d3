using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>Facts a design cannot be published without, and codes that must be real.</summary>
public static partial class DesignChecker
{
    private const string NoticeReference = "Procurement Regulations 2024 reg 18 (tender notice content)";

    /// <summary>The 45 divisions of the CPV 2008 (Commission Regulation (EC) No 213/2008): a code outside them is not a CPV code.</summary>
    private static readonly HashSet<string> CpvDivisions =
    [
        "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39", "41", "42", "43", "44", "45",
        "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73", "75", "76", "77", "79", "80", "85", "90", "92", "98",
    ];

    private static void Completeness(TenderDesign design, List<DesignFinding> findings)
    {
        Require(findings, design.Title, "title", "The procurement has no title.");
        Require(findings, design.Buyer.Id, "buyer.id", "The buyer is not named by its organisation id.");
        Require(findings, design.Value, "value", "The procurement's estimated value is missing; thresholds, the social value floor and reservations depend on it.");
        Require(findings, design.Procedure, "procedure", "The procedure (open, competitiveFlexible, directAward or callOff) is not chosen.");
        Require(findings, design.TenderStart, "tenderPeriod.startDate", "The tender period has no start date; it is the procurement's start, which chooses the Social Value Model.");
        Require(findings, design.TenderEnd, "tenderPeriod.endDate", "The tender period has no deadline.");
        if (design.Lots.Count == 0)
        {
            Error(findings, "MISSING", "lots", "The design has no lots; a procurement let as one contract has one lot.", NoticeReference);
        }

        foreach (var group in design.Lots.Where(l => l.Id.Length > 0).GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            Error(findings, "DUPLICATE_ID", "lots", $"Lot id \"{group.Key}\" is used by {group.Count()} lots; bids name their lot by it.", NoticeReference);
        }

        for (var index = 0; index < design.Lots.Count; index++)
        {
            var lot = design.Lots[index];
            var path = lot.Path.Length > 0 ? lot.Path : Invariant($"lots[{index}]");
            if (lot.Id.Length == 0)
            {
                Error(findings, "MISSING", path + ".id", "The lot has no id.", NoticeReference);
            }

            if (lot.Criteria.Count == 0)
            {
                Error(findings, "MISSING", path + ".criteria", $"Lot {lot.Id} has no award criteria; they must be set out in the tender notice or documents (PA 2023 s.23(1)).", "PA 2023 s.23(1)");
            }

            if (lot.PriceMethod is null)
            {
                Error(findings, "MISSING", path + ".priceMethod", $"Lot {lot.Id} has no price method; the assessment methodology must be published (PA 2023 s.23(3)(a)).", "PA 2023 s.23(3)(a)");
            }

            var leaves = lot.Criteria.SelectMany(c => c.Leaves()).ToList();
            foreach (var group in leaves.GroupBy(c => c.Id).Where(g => g.Count() > 1))
            {
                Error(findings, "DUPLICATE_ID", path + ".criteria", $"Criterion id \"{group.Key}\" is used {group.Count()} times in lot {lot.Id}; bids are scored against it.", "PA 2023 s.23(3)(a)");
            }

            foreach (var criterion in lot.Criteria.Where(c => !c.KindGiven))
            {
                Error(findings, "MISSING", criterion.Path + ".type", $"Criterion {criterion.Id} does not say whether it assesses price, quality or socialValue.", "PA 2023 s.23(3)(a)");
            }
        }
    }

    private static void Require<T>(List<DesignFinding> findings, T? value, string path, string message)
    {
        if (value is null || (value is string text && text.Trim().Length == 0))
        {
            Error(findings, "MISSING", path, message, NoticeReference);
        }
    }

    private static void Cpvs(TenderDesign design, List<DesignFinding> findings)
    {
        if (design.Cpv.Count == 0 && design.Lots.All(l => l.Cpv.Count == 0))
        {
            Error(findings, "MISSING", "cpv", "No CPV code says what is bought; the tender notice needs one, and reservations and thresholds depend on it.", NoticeReference);
        }

        Codes(design.Cpv, "cpv", findings);
        for (var index = 0; index < design.Lots.Count; index++)
        {
            var lot = design.Lots[index];
            Codes(lot.Cpv, (lot.Path.Length > 0 ? lot.Path : Invariant($"lots[{index}]")) + ".cpv", findings);
        }
    }

    private static void Codes(IReadOnlyList<string> codes, string path, List<DesignFinding> findings)
    {
        for (var index = 0; index < codes.Count; index++)
        {
            var digits = Cpv.Digits(codes[index]);
            var problem = digits is null ? "is not a CPV code (8 digits, optionally a dash and a check digit)"
                : !CpvDivisions.Contains(digits[..2]) ? $"is not a CPV code: no CPV division starts {digits[..2]}"
                : null;
            if (problem is not null)
            {
                Error(findings, "CPV_UNKNOWN", codes.Count == 1 && path.EndsWith("cpv", StringComparison.Ordinal) ? path : Invariant($"{path}[{index}]"),
                    $"\"{codes[index]}\" {problem}.", "CPV 2008, Commission Regulation (EC) No 213/2008");
            }
        }
    }
}
