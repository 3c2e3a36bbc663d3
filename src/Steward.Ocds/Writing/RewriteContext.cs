using Steward.Ocds.Reading;

namespace Steward.Ocds.Writing;

/// <summary>What a rewrite knows about the document a release or record belongs to.</summary>
public sealed class RewriteContext(OcdsDocumentInfo document)
{
    public OcdsDocumentInfo Document { get; } = document;

    /// <summary>True once the package's <c>version</c> field has been seen (or the whole document was read at once).</summary>
    public bool VersionKnown { get; internal set; }

    /// <summary>The package's declared <c>version</c>; null when absent (which means 1.0) or not yet known.</summary>
    public string? DeclaredVersion { get; internal set; }

    /// <summary>Where the current release or record is.</summary>
    public SourceLocation Location { get; internal set; } = document.Location;

    /// <summary>True for a release package or record package.</summary>
    public bool IsPackage => Document.Shape is OcdsShape.ReleasePackage or OcdsShape.RecordPackage;
}
