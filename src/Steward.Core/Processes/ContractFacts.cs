namespace Steward.Core.Processes;

/// <summary>One contract.</summary>
public sealed record ContractFacts
{
    public required string ContractId { get; init; }

    public string? AwardId { get; init; }

    public string? Status { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public DateTimeOffset? DateSigned { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }
}
