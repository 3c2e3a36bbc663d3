using Steward.Core.Analytics.Suppliers;
using Steward.Data;
using Steward.Data.Figures;

namespace Steward.Web.Analytics;

/// <summary>
/// A snapshot's suppliers, as pages ask for them: one by id, a range in the reports' order (the API), and a market's
/// largest. Either every supplier held in memory (figures computed in memory) or read from the stored figures when
/// asked (<see cref="Stored"/>, ADR 0016), so that a node never holds every supplier of a large store.
/// </summary>
public abstract class SnapshotSuppliers
{
    /// <summary>How many suppliers there are.</summary>
    public abstract int Count { get; }

    /// <summary>The supplier's figures, or null when it won nothing counted.</summary>
    public abstract SupplierFigures? Find(string supplierId);

    /// <summary>From <paramref name="offset"/> (from 0), at most <paramref name="take"/>, by value awarded, highest first, then id.</summary>
    public abstract IReadOnlyList<SupplierFigures> Range(int offset, int take);

    /// <summary>The suppliers with the most value awarded in a market (all years), largest first, with their value and share.</summary>
    public abstract IReadOnlyList<MarketLeader> Leaders(string cpv, string region, int take);

    public static SnapshotSuppliers InMemory(IReadOnlyList<SupplierFigures> all) => new Memory(all);

    public static SnapshotSuppliers Stored(DatabaseTarget target) => new StoredList(target);

    /// <summary>Every supplier, in memory (figures computed in memory).</summary>
    internal sealed class Memory(IReadOnlyList<SupplierFigures> all) : SnapshotSuppliers
    {
        private readonly Lazy<IReadOnlyDictionary<string, SupplierFigures>> _byId = new(() => all.ToDictionary(s => s.SupplierId, StringComparer.Ordinal));

        public IReadOnlyList<SupplierFigures> All => all;

        public override int Count => all.Count;

        public override SupplierFigures? Find(string supplierId) => _byId.Value.GetValueOrDefault(supplierId);

        public override IReadOnlyList<SupplierFigures> Range(int offset, int take) => [.. all.Skip(offset).Take(take)];

        public override IReadOnlyList<MarketLeader> Leaders(string cpv, string region, int take) => all
            .SelectMany(s => s.Markets.Where(m => m.Cpv == cpv && m.Region == region).Select(m => new MarketLeader(s.SupplierId, s.Name ?? s.SupplierId, m.Value, m.Share)))
            .OrderByDescending(l => l.Value).Take(take).ToList();
    }

    /// <summary>Read from the stored figures when asked; only the count is kept.</summary>
    internal sealed class StoredList(DatabaseTarget target) : SnapshotSuppliers
    {
        private readonly Lazy<int> _count = new(() => SupplierList.Count(target, new SupplierListQuery()));

        public DatabaseTarget Target => target;

        public override int Count => _count.Value;

        public override SupplierFigures? Find(string supplierId) => StoredFigures.Supplier(target, supplierId);

        public override IReadOnlyList<SupplierFigures> Range(int offset, int take) => StoredFigures.Suppliers(target, offset, take);

        public override IReadOnlyList<MarketLeader> Leaders(string cpv, string region, int take) =>
            [.. StoredFigures.Suppliers(target, SupplierList.Leaders(target, cpv, region, take))
                .Select(s => (Supplier: s, Market: s.Markets.FirstOrDefault(m => m.Cpv == cpv && m.Region == region))).Where(l => l.Market is not null)
                .Select(l => new MarketLeader(l.Supplier.SupplierId, l.Supplier.Name ?? l.Supplier.SupplierId, l.Market!.Value, l.Market.Share))];
    }
}

/// <summary>A supplier's value awarded in one market and its share of it.</summary>
public sealed record MarketLeader(string SupplierId, string Name, double Value, double? Share);
