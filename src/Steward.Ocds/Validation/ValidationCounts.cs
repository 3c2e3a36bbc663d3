namespace Steward.Ocds.Validation;

/// <summary>What a validation saw and found.</summary>
public sealed class ValidationCounts
{
    public long Documents { get; set; }

    public long Releases { get; set; }

    public long Records { get; set; }

    public long Errors { get; set; }

    public long Warnings { get; set; }

    /// <summary>Adds another input's counts to these.</summary>
    public void Add(ValidationCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        Releases += other.Releases;
        Records += other.Records;
        Errors += other.Errors;
        Warnings += other.Warnings;
    }
}
