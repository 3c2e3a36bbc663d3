namespace Steward.Data.Portal;

/// <summary>What a search asks for: words, and filters that all must hold. Null means "any".</summary>
public sealed record SearchCriteria
{
    public const int MaxPageSize = 100;

    /// <summary>Words looked for in titles, descriptions, organisations' names, lots and CPV descriptions.</summary>
    public string? Text { get; init; }

    /// <summary>A buyer's organisation id (exact), or words of its name.</summary>
    public string? Buyer { get; init; }

    /// <summary>A CPV code or its leading digits (e.g. <c>45</c> for construction work).</summary>
    public string? Cpv { get; init; }

    /// <summary>A NUTS/ITL code or its leading characters (e.g. <c>UKI</c> for London).</summary>
    public string? Region { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    /// <summary>First published on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>First published on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary><c>tender.procurementMethod</c>: open, selective, limited, direct.</summary>
    public string? Procedure { get; init; }

    /// <summary>A UK notice type (UK1–UK17) the process has published.</summary>
    public string? NoticeType { get; init; }

    /// <summary><c>tender.status</c> as published.</summary>
    public string? Status { get; init; }

    /// <summary>Only processes with a lot published as suitable for SMEs.</summary>
    public bool SuitableForSme { get; init; }

    /// <summary>Only processes with a lot published as suitable for VCSEs.</summary>
    public bool SuitableForVcse { get; init; }

    /// <summary>Only processes with a reserved lot (PA 2023 s.32, s.33, or for SMEs/VCSEs).</summary>
    public bool Reserved { get; init; }

    /// <summary>Only open opportunities: a tender period that has not ended before <see cref="Today"/> (its closing date is today or later).</summary>
    public bool Open { get; init; }

    /// <summary>The day <see cref="Open"/> is judged on (the caller's clock, UTC); required when <see cref="Open"/> is set.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Every publisher's processes; by default only the UK's publishers' (and Steward's demo data).</summary>
    public bool AllPublishers { get; init; }

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>The most matches of the words ranked, sorted and counted one by one (lowered by tests).</summary>
    internal int RankLimit { get; init; } = ProcessSearch.RankLimit;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public enum SearchOrder
{
    /// <summary>Best match first when there are words; newest first otherwise.</summary>
    Relevance,

    Newest,

    Value,

    /// <summary>
    /// Most recently updated first: used instead of the order asked for when the words match too many processes to
    /// rank or sort them one by one (<see cref="ProcessSearch.RankLimit"/>).
    /// </summary>
    RecentlyUpdated,
}
