namespace Steward.Ocds.Compiling;

/// <summary>Where a release came from: an index into the caller's list of inputs (or packages), its line and byte offset.</summary>
public readonly record struct ReleaseOrigin(int Source, long Line, long ByteOffset);
