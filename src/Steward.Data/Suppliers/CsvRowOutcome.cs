namespace Steward.Data.Suppliers;

/// <summary>What happened to one row of a supplier CSV: its line, the profile it went to, and why it was refused if it was.</summary>
public sealed record CsvRowOutcome(int Line, string? Name, bool Accepted, string Outcome, IReadOnlyList<string> Problems)
{
    public string? ProfileId { get; init; }

    public string? OrganisationId { get; init; }
}
