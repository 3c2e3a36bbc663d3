namespace Steward.Core.Suppliers;

/// <summary>The weights of <see cref="ReinvestmentMeasure"/>'s components; a buyer sets its own (docs/suppliers.md).</summary>
public sealed record ReinvestmentWeights(decimal AssetLock, decimal DividendCap, decimal ReinvestedShare)
{
    public static ReinvestmentWeights Default { get; } = new(30m, 30m, 40m);
}
