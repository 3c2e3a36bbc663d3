namespace Steward.Core.Evaluation.Summaries;

/// <summary>
/// The assessment summary a supplier receives before the contract award notice (PA 2023 s.50(3); Procurement
/// Regulations 2024 reg 31): the supplier, the award criteria and how they were scored, its marks with their
/// explanations, its totals and, for an unsuccessful tender, why it did not win and the most advantageous tender.
/// Contact details are the supplier's own and are not repeated here (Steward shows no person's name or e-mail).
/// </summary>
public sealed record AssessmentSummary
{
    public required string Ocid { get; init; }

    public required string Procurement { get; init; }

    public required string Buyer { get; init; }

    public required string Lot { get; init; }

    public string? LotTitle { get; init; }

    public required string Bid { get; init; }

    public required string SupplierName { get; init; }

    public string? SupplierIdentifier { get; init; }

    /// <summary>Whether this is the most advantageous tender (reg 31(2)) or another assessed tender (reg 31(3)).</summary>
    public required bool Successful { get; init; }

    /// <summary>How the lot is scored, as published (reg 31(2)(b)).</summary>
    public required string Methodology { get; init; }

    public required IReadOnlyList<CriterionAssessment> Criteria { get; init; }

    public required TenderFigures Figures { get; init; }

    /// <summary>Why the tender did not win (reg 31(3)(c)): a failed pass/fail or minimum, or where it ranked.</summary>
    public string? WhyNotSuccessful { get; init; }

    public MostAdvantageousTender? MostAdvantageous { get; init; }

    public required DateTimeOffset Issued { get; init; }

    /// <summary>The legal basis shown on the summary.</summary>
    public string Reference { get; init; } = "PA 2023 s.50(3), (4); Procurement Regulations 2024 reg 31";
}
