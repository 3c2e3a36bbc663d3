namespace Steward.Web.Bidding;

/// <summary>The most advantageous tender as an unsuccessful supplier is told of it (PA 2023 s.50(4)(b)): who, its figures and its marks.</summary>
public sealed record SheetTender(string Supplier, IReadOnlyList<SheetFact> Figures, IReadOnlyList<SheetCriterion> Criteria);
