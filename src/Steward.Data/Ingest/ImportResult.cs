using Steward.Ocds;

namespace Steward.Data.Ingest;

/// <summary>What importing one input did.</summary>
/// <param name="Source">The input.</param>
/// <param name="New">Releases not stored before.</param>
/// <param name="Changed">Releases stored before with other content (updated).</param>
/// <param name="Skipped">Releases stored before with the same content (nothing to do).</param>
/// <param name="Records">Processes recompiled.</param>
/// <param name="Problems">Releases that could not be stored, and warnings.</param>
public sealed record ImportResult(string Source, long New, long Changed, long Skipped, long Records, IReadOnlyList<OcdsProblem> Problems)
{
    /// <summary>How long each step took, in order (<see cref="ImportStep"/>'s names): <c>steward import --timings</c> shows them.</summary>
    public IReadOnlyList<ImportStep> Steps { get; init; } = [];
}
