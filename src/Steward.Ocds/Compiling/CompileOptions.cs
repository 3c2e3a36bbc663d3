namespace Steward.Ocds.Compiling;

/// <summary>How to compile releases into records.</summary>
public sealed record CompileOptions
{
    /// <summary>Write versioned releases instead of compiled ones (or, in a record package, as well).</summary>
    public bool Versioned { get; init; }

    /// <summary>In a record package, link each release by URL instead of embedding it, where its package has a uri.</summary>
    public bool LinkedReleases { get; init; }

    public ReleaseGrouperOptions Grouping { get; init; } = new();
}
