namespace Steward.Web.Browser.Tests;

/// <summary>The UK-scale check's own collection, run when no other test runs (its portal's start is heavy).</summary>
[CollectionDefinition(nameof(UkScaleListTests), DisableParallelization = true)]
public sealed class UkScaleRunsAlone;
