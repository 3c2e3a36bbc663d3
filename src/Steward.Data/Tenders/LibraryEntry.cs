namespace Steward.Data.Tenders;

/// <summary>A published design in the public library: what it buys, who published it, and the outcomes its social value criteria serve.</summary>
public sealed record LibraryEntry(string Id, string Ocid, string Title, string BuyerName, DateTimeOffset PublishedAt, IReadOnlyList<string> Outcomes, IReadOnlyList<string> Formulas);
