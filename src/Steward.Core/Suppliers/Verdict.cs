namespace Steward.Core.Suppliers;

/// <summary>The answer to a classification or one of its tests: written <c>true</c>, <c>false</c> or <c>unknown</c>.</summary>
public enum Verdict
{
    Unknown,
    True,
    False,
}
