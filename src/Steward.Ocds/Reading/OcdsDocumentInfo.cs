namespace Steward.Ocds.Reading;

/// <summary>One top-level JSON document of an input: its 0-based index, its shape and where it starts.</summary>
public sealed record OcdsDocumentInfo(int Index, OcdsShape Shape, SourceLocation Location);
