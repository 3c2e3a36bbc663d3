namespace Steward.Ocds.Compiling;

/// <summary>
/// All the releases of one process, in input order, as UTF-8 JSON. The bytes are valid until the grouper is
/// disposed.
/// </summary>
public sealed record ReleaseGroup(string Ocid, IReadOnlyList<ReadOnlyMemory<byte>> Releases, IReadOnlyList<ReleaseOrigin> Origins);
