namespace Steward.Core.Tenders;

/// <summary>How much a finding of the design checker matters.</summary>
public enum FindingSeverity
{
    /// <summary>Blocks publication until the design is fixed.</summary>
    Error,

    /// <summary>Publication may go ahead with a recorded reason.</summary>
    Warning,
}
