namespace Steward.Core.Suppliers;

/// <summary>How staff are counted where the law does not say (the SME staff test; s.32's 30% share).</summary>
public enum StaffBasis
{
    /// <summary>People employed, whatever their hours (the default).</summary>
    Headcount,

    /// <summary>Full-time equivalents.</summary>
    Fte,
}
