namespace Steward.Ocds.Reading;

/// <summary>What an <see cref="OcdsEvent"/> carries.</summary>
public enum OcdsEventKind
{
    /// <summary>A top-level document begins; <see cref="OcdsEvent.Document"/> says its shape.</summary>
    DocumentStart,

    /// <summary>
    /// A package's metadata field (<c>uri</c>, <c>version</c>, <c>publisher</c>, <c>extensions</c>, …), in the
    /// order the package has it: a field may come before or after the releases.
    /// </summary>
    PackageField,

    /// <summary>A release.</summary>
    Release,

    /// <summary>A record (with its releases, compiledRelease and versionedRelease as published).</summary>
    Record,

    /// <summary>The current top-level document ends.</summary>
    DocumentEnd,
}
