namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// One buyer's benchmarks (docs/indicators.md, "Buyer benchmarks"). A figure the data cannot give is null, never
/// zero; <see cref="Coverage"/> says how many items each figure was computed from.
/// </summary>
public sealed record BuyerFigures
{
    /// <summary>The organisation the buyer resolves to (docs/store.md, "One row per real organisation").</summary>
    public required string BuyerId { get; init; }

    public string? BuyerName { get; init; }

    /// <summary>The same as <see cref="BuyerId"/> (kept for the report's contracted keys).</summary>
    public string? OrganisationId { get; init; }

    /// <summary>Steward's buyer type (<see cref="Processes.BuyerKinds"/>): localAuthority, nhsBody, centralGovernment, devolved, housingAssociation, education, other.</summary>
    public string? BuyerType { get; init; }

    /// <summary>The UK_CA_TYPE (else TED_CA_TYPE) classification as published, code or words; null when none is.</summary>
    public string? BuyerTypePublished { get; init; }

    /// <summary>First-level UK region (NUTS 1 / ITL 1) of the buyer's address, else of its postcode.</summary>
    public string? Region { get; init; }

    /// <summary>Compiled records of this buyer first published in the window.</summary>
    public int Processes { get; init; }

    /// <summary>Awards with status active or absent, dated in the window, that are spend (not a framework's or dynamic market's).</summary>
    public int Awards { get; init; }

    /// <summary>Sum of those awards' values (GBP or no currency, above 1); null when none has a value.</summary>
    public double? AwardValue { get; init; }

    public double? SmeValue { get; init; }

    public double? VcseValue { get; init; }

    public double? UnknownScaleValue { get; init; }

    /// <summary>Frameworks and dynamic markets it set up in the window: their ceilings, reported apart from the value awarded.</summary>
    public FrameworkFigures Frameworks { get; init; } = FrameworkFigures.None;

    /// <summary><see cref="SmeValue"/> / <see cref="AwardValue"/>; null without valued awards.</summary>
    public double? SmeShare { get; init; }

    public double? VcseShare { get; init; }

    /// <summary>Processes and award value by procurement method (open, selective, limited, direct, unknown).</summary>
    public required IReadOnlyDictionary<string, ProcedureFigures> ProcedureMix { get; init; }

    /// <summary>Share of processes with a known method awarded without competition (direct or limited).</summary>
    public double? DirectAwardShare { get; init; }

    /// <summary>Lots (not cancelled) of processes whose method is competitive.</summary>
    public int CompetedLots { get; init; }

    /// <summary>Mean bids per competed lot that says how many it received.</summary>
    public double? BidsPerCompetedLot { get; init; }

    /// <summary>Share of those lots that received exactly one bid.</summary>
    public double? SingleBidShare { get; init; }

    public required ReservedLotFigures ReservedLots { get; init; }

    public required SocialValueFigures SocialValue { get; init; }

    /// <summary>Median whole days from the tender deadline to the award date.</summary>
    public double? MedianDaysToAward { get; init; }

    /// <summary>
    /// Share of award value going to suppliers that Steward's supplier register confirms as social enterprises or
    /// VCSEs. Always null until the register exists (a later issue); never a guessed zero.
    /// </summary>
    public double? RegisterShare { get; init; }

    public required BuyerCoverage Coverage { get; init; }

    /// <summary>Where the buyer stands among peers of its kind; null until compared.</summary>
    public PeerStanding? Peers { get; init; }
}

public sealed record ProcedureFigures(int Processes, double Value);

/// <summary>
/// Frameworks and dynamic markets (processes), the places awarded on them (awards), and the sum of their ceilings
/// (each counted once, never split among members; null when none is published).
/// </summary>
public sealed record FrameworkFigures(int Processes, int Awards, double? Ceiling)
{
    public static readonly FrameworkFigures None = new(0, 0, null);
}

/// <summary>Lots reserved under PA 2023 s.32 (supported employment), s.33 (public service mutuals) or for SMEs/VCSEs.</summary>
public sealed record ReservedLotFigures(int Count, double Value, IReadOnlyDictionary<string, int> Kinds);

public sealed record SocialValueFigures
{
    /// <summary>Processes in the window that publish award criteria.</summary>
    public int ProcessesWithCriteria { get; init; }

    /// <summary>Of those, processes with a criterion about social value.</summary>
    public int ProcessesWeightingIt { get; init; }

    public double? Share { get; init; }

    /// <summary>Median weight (percent) among processes whose social value weight could be read.</summary>
    public double? MedianWeight { get; init; }

    public int WeightsRead { get; init; }
}

/// <summary>How many items each figure rests on.</summary>
public sealed record BuyerCoverage
{
    public int ProcessesWithMethod { get; init; }

    /// <summary>Counted awards with a value (GBP or no currency, above 1).</summary>
    public int AwardsValued { get; init; }

    /// <summary>Valued awards whose suppliers are listed.</summary>
    public int AwardsWithSuppliers { get; init; }

    /// <summary>Competed lots whose bid count is published.</summary>
    public int LotsWithBidCounts { get; init; }

    /// <summary>Counted awards with an award date on or after the process's tender deadline (the days to award were measured).</summary>
    public int AwardsWithDaysToAward { get; init; }
}
