namespace Steward.Ocds.Compiling;

/// <summary>What a compile did.</summary>
/// <param name="Releases">Releases read and grouped.</param>
/// <param name="Records">Processes (distinct ocids) written.</param>
/// <param name="Upgraded">Releases upgraded from OCDS 1.0 on the way in.</param>
/// <param name="Runs">Sorted runs spilled to disk (0 when the input fitted in memory).</param>
public sealed record CompileSummary(long Releases, long Records, long Upgraded, int Runs);
