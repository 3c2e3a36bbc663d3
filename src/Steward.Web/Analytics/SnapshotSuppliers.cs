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

    /// <summary>
    /// Read from the stored figures when asked; only the count is kept, and, once a range deep in the list is asked for,
    /// where every <paramref name="startsEvery"/>th line is (about 270 starts at 271,354 suppliers).
    /// </summary>
    internal sealed class StoredList(DatabaseTarget target, int startsEvery = StoredList.StartsEvery) : SnapshotSuppliers
    {
        /// <summary>Lines between the starts kept: a range is read from the start at or before it, past at most this many lines less one.</summary>
        public const int StartsEvery = 1_000;

        private readonly Lazy<int> _count = new(() => SupplierList.Count(target, new SupplierListQuery()));

        private readonly Lazy<IReadOnlyList<SupplierListAnchor>> _starts =
            new(() => SupplierList.Anchors(target, SupplierListColumn.AwardValue, descending: true, startsEvery));

        public DatabaseTarget Target => target;

        public override int Count => _count.Value;

        public override SupplierFigures? Find(string supplierId) => StoredFigures.Supplier(target, supplierId);

        /// <summary>
        /// A range near the top is cut by counting; a deeper one (the API's later pages) is read from the start kept at or
        /// before it, not by counting past every line before it (by OFFSET, the last page at 271,354 suppliers took about
        /// 0.35 s on PostgreSQL).
        /// </summary>
        public override IReadOnlyList<SupplierFigures> Range(int offset, int take)
        {
            if (offset < startsEvery)
            {
                return StoredFigures.Suppliers(target, offset, take);
            }

            if (_starts.Value.ElementAtOrDefault(offset / startsEvery) is not { } start)
            {
                return [];
            }

            var past = offset % startsEvery;
            var lines = SupplierList.Page(target, new SupplierListQuery(), Count, offset - past, past + take, start);
            return StoredFigures.Suppliers(target, [.. lines.Skip(past).Select(l => l.SupplierId)]);
        }

        public override IReadOnlyList<MarketLeader> Leaders(string cpv, string region, int take) =>
            [.. StoredFigures.Suppliers(target, SupplierList.Leaders(target, cpv, region, take))
                .Select(s => (Supplier: s, Market: s.Markets.FirstOrDefault(m => m.Cpv == cpv && m.Region == region))).Where(l => l.Market is not null)
                .Select(l => new MarketLeader(l.Supplier.SupplierId, l.Supplier.Name ?? l.Supplier.SupplierId, l.Market!.Value, l.Market.Share))];
    }
}

/// <summary>A supplier's value awarded in one market and its share of it.</summary>
public sealed record MarketLeader(string SupplierId, string Name, double Value, double? Share);
