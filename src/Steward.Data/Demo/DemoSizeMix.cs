namespace Steward.Data.Demo;

/// <summary>How large demo releases are (<c>steward demo --size-mix</c>).</summary>
public enum DemoSizeMix
{
    /// <summary>Every process's notices about the same size (about 4 KB a release): what the benchmarks have always used.</summary>
    Even,

    /// <summary>
    /// The whole UK record's mix: about a quarter of processes (Find a Tender's ≈ 320,000 of ≈ 1.3 million releases,
    /// ROADMAP "Scale") publish notices about three times as large, with long descriptions, lot descriptions and more
    /// classifications, as Find a Tender's are beside Contracts Finder's (docs/performance.md).
    /// </summary>
    Uk,
}
