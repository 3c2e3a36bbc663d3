namespace Steward.Core.Processes;

/// <summary>One lot of a process (or the whole tender when it has no lots).</summary>
public sealed record LotFacts
{
    public required string LotId { get; init; }

    public string? Title { get; init; }

    public string? Status { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    /// <summary><c>suitability.sme</c>.</summary>
    public bool? SuitableForSme { get; init; }

    /// <summary><c>suitability.vcse</c> (UK extension).</summary>
    public bool? SuitableForVcse { get; init; }

    /// <summary><c>otherRequirements.reservedParticipation</c>: shelteredWorkshop, publicServiceMissionOrganization, smeVcse.</summary>
    public IReadOnlyList<string> ReservedParticipation { get; init; } = [];
}
