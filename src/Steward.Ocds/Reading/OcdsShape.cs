namespace Steward.Ocds.Reading;

/// <summary>The shape of one top-level JSON document in an input, detected from its content.</summary>
public enum OcdsShape
{
    /// <summary>An object with a <c>releases</c> array and no <c>ocid</c>.</summary>
    ReleasePackage,

    /// <summary>An object with a <c>records</c> array.</summary>
    RecordPackage,

    /// <summary>An object with an <c>ocid</c> and none of <c>releases</c>, <c>compiledRelease</c>, <c>versionedRelease</c>.</summary>
    Release,

    /// <summary>An object with an <c>ocid</c> and <c>releases</c>, <c>compiledRelease</c> or <c>versionedRelease</c>.</summary>
    Record,

    /// <summary>A JSON array whose elements are releases or records.</summary>
    Array,
}
