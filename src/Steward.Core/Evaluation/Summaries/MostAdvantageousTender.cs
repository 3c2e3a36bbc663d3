namespace Steward.Core.Evaluation.Summaries;

/// <summary>What an unsuccessful supplier is told of the most advantageous tender (PA 2023 s.50(4)(b)): who, its figures and its marks.</summary>
public sealed record MostAdvantageousTender(string SupplierName, string? SupplierIdentifier, TenderFigures Figures, IReadOnlyList<CriterionAssessment> Criteria);
