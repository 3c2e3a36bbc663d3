namespace Steward.Core.Suppliers;

/// <summary>Whose workforce s.32's 30% is measured on: PA 2023 s.32(4)(a), (b) or (c).</summary>
public enum WorkforceScope
{
    /// <summary>s.32(4)(a): the organisation's workforce.</summary>
    Organisation,

    /// <summary>s.32(4)(b): the workforce of the part of the organisation that will perform the contract.</summary>
    PerformingPart,

    /// <summary>s.32(4)(c): the combined workforce of organisations (or parts) that will perform it together.</summary>
    Consortium,
}
