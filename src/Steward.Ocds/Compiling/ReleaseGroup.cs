using System.Text.Json;

namespace Steward.Ocds.Compiling;

/// <summary>
/// All the releases of one process, in input order. The parsed releases are valid until the grouper moves to the
/// next group.
/// </summary>
public sealed record ReleaseGroup(string Ocid, IReadOnlyList<JsonElement> Releases, IReadOnlyList<ReleaseOrigin> Origins);
