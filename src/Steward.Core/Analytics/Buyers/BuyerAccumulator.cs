namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// Gathers one buyer's figures process by process; <see cref="Finish"/> turns them into <see cref="BuyerFigures"/>. A
/// store's stored figures hold one for every buyer and year at once (tens of thousands of buyers in the whole UK
/// record), so its running totals are arrays and fields, not dictionaries, and its lists are made when first needed.
/// </summary>
internal sealed class BuyerAccumulator(string buyerId)
{
    private static readonly string[] ReservationKinds = ["shelteredWorkshop", "publicServiceMissionOrganization", "smeVcse"];

    /// <summary>Processes and value by procedure kind, in the order of <see cref="ProcedureKinds.All"/>.</summary>
    private readonly int[] _mixProcesses = new int[ProcedureKinds.All.Count];
    private readonly double[] _mixValue = new double[ProcedureKinds.All.Count];

    /// <summary>Lots reserved by kind: the three known ones, then any other a publisher gives, in the order first seen.</summary>
    private readonly int[] _reservedKinds = new int[ReservationKinds.Length];
    private Dictionary<string, int>? _otherReservedKinds;
    private List<double>? _daysToAward;
    private List<double>? _socialWeights;
    private DateTime? _latest;
    private string? _name, _kind, _type, _region;
    private int _processes, _withMethod, _uncompeted, _awards, _valued, _withSuppliers;
    private int _frameworks, _frameworkAwards;
    private double _ceilings;
    private bool _ceilingKnown;
    private double _value, _sme, _vcse, _unknown, _register;
    private bool _registerKnown;
    private int _competedLots, _lotsWithBids, _bids, _singleBid;
    private int _reserved;
    private double _reservedValue;
    private int _withCriteria, _weightingSocialValue;

    public void AddProcess(ProcessView process, AnalyticsSettings settings)
    {
        NoteIdentity(process);
        _processes++;
        var kind = ProcedureKinds.Of(process.ProcurementMethod);
        _mixProcesses[KindIndex(kind)]++;
        if (kind != ProcedureKinds.Unknown)
        {
            _withMethod++;
            _uncompeted += ProcedureKinds.IsUncompeted(kind) ? 1 : 0;
        }

        foreach (var lot in process.Lots)
        {
            if (lot.Reserved.Count > 0)
            {
                _reserved++;
                _reservedValue += Counting.Value(lot.Value, lot.Currency) ?? 0;
                foreach (var reservation in lot.Reserved)
                {
                    var known = Array.IndexOf(ReservationKinds, reservation);
                    if (known >= 0)
                    {
                        _reservedKinds[known]++;
                    }
                    else
                    {
                        _otherReservedKinds ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        _otherReservedKinds[reservation] = _otherReservedKinds.GetValueOrDefault(reservation) + 1;
                    }
                }
            }

            if (!settings.IsCompetitive(process.ProcurementMethod) || string.Equals(lot.Status, "cancelled", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            _competedLots++;
            if (BidCounts.ForLot(process, lot) is { } bids)
            {
                _lotsWithBids++;
                _bids += bids;
                _singleBid += bids == 1 ? 1 : 0;
            }
        }

        if (SocialValueCriteria.Read(process, settings.SocialValuePhrases) is { } socialValue)
        {
            _withCriteria++;
            if (socialValue.WeightsSocialValue)
            {
                _weightingSocialValue++;
                if (socialValue.Weight is { } weight)
                {
                    (_socialWeights ??= []).Add(weight);
                }
            }
        }
    }

    /// <summary>
    /// The process's counted awards in the window: spend, or for a framework or dynamic market its members' places
    /// and its ceiling, counted once (<see cref="Counting.Ceiling"/>).
    /// </summary>
    public void AddAwards(IReadOnlyList<AwardView> awards, ProcessView process, IReadOnlySet<string>? verifiedMission)
    {
        if (awards.Count == 0)
        {
            return;
        }

        if (!process.SetsCeiling)
        {
            foreach (var award in awards)
            {
                AddAward(award, process, verifiedMission);
            }

            return;
        }

        NoteIdentity(process);
        _frameworks++;
        _frameworkAwards += awards.Count;
        if (Counting.Ceiling(process, awards) is { } ceiling)
        {
            _ceilingKnown = true;
            _ceilings += ceiling;
        }
    }

    private void AddAward(AwardView award, ProcessView process, IReadOnlySet<string>? verifiedMission)
    {
        NoteIdentity(process);
        _awards++;
        if (award.Date is { } awarded && process.TenderEnd is { } deadline && awarded >= deadline)
        {
            (_daysToAward ??= []).Add(Math.Floor((awarded - deadline).TotalDays));
        }

        if (Counting.Value(award.Value, award.Currency) is not { } value)
        {
            return;
        }

        _valued++;
        _value += value;
        _mixValue[KindIndex(ProcedureKinds.Of(process.ProcurementMethod))] += value;
        _withSuppliers += award.SupplierCount > 0 || award.Suppliers.Count > 0 ? 1 : 0;
        var split = Counting.Split(award, value);
        _sme += split.Sme;
        _vcse += split.Vcse;
        _unknown += split.UnknownScale;
        if (verifiedMission is not null)
        {
            // registerShare: each listed supplier's equal share, counted when the register verifies it (docs/indicators.md).
            _registerKnown = true;
            var listed = Counting.ListedSuppliers(award);
            _register += listed == 0 ? 0 : award.Suppliers.Count(s => verifiedMission.Contains(s.OrganisationId)) * (value / listed);
        }
    }

    public BuyerFigures Finish() => new()
    {
        BuyerId = buyerId,
        BuyerName = _name,
        OrganisationId = buyerId,
        BuyerType = _kind,
        BuyerTypePublished = _type,
        Region = _region,
        Processes = _processes,
        Awards = _awards,
        AwardValue = _valued > 0 ? Money(_value) : null,
        SmeValue = _valued > 0 ? Money(_sme) : null,
        VcseValue = _valued > 0 ? Money(_vcse) : null,
        UnknownScaleValue = _valued > 0 ? Money(_unknown) : null,
        Frameworks = new FrameworkFigures(_frameworks, _frameworkAwards, _ceilingKnown ? Money(_ceilings) : null),
        SmeShare = _value > 0 ? Share(_sme / _value) : null,
        VcseShare = _value > 0 ? Share(_vcse / _value) : null,
        ProcedureMix = Enumerable.Range(0, ProcedureKinds.All.Count)
            .ToDictionary(i => ProcedureKinds.All[i], i => new ProcedureFigures(_mixProcesses[i], Money(_mixValue[i])), StringComparer.Ordinal),
        DirectAwardShare = _withMethod > 0 ? Share((double)_uncompeted / _withMethod) : null,
        CompetedLots = _competedLots,
        BidsPerCompetedLot = _lotsWithBids > 0 ? Math.Round((double)_bids / _lotsWithBids, 2) : null,
        SingleBidShare = _lotsWithBids > 0 ? Share((double)_singleBid / _lotsWithBids) : null,
        ReservedLots = new ReservedLotFigures(_reserved, Money(_reservedValue), ReservedKinds()),
        SocialValue = new SocialValueFigures
        {
            ProcessesWithCriteria = _withCriteria,
            ProcessesWeightingIt = _weightingSocialValue,
            Share = _withCriteria > 0 ? Share((double)_weightingSocialValue / _withCriteria) : null,
            MedianWeight = Statistics.Median(_socialWeights ?? []) is { } median ? Math.Round(median, 2) : null,
            WeightsRead = _socialWeights?.Count ?? 0,
        },
        MedianDaysToAward = Statistics.Median(_daysToAward ?? []),
        RegisterShare = _registerKnown && _value > 0 ? Share(_register / _value) : null,
        Coverage = new BuyerCoverage
        {
            ProcessesWithMethod = _withMethod,
            AwardsValued = _valued,
            AwardsWithSuppliers = _withSuppliers,
            LotsWithBidCounts = _lotsWithBids,
            AwardsWithDaysToAward = _daysToAward?.Count ?? 0,
        },
    };

    /// <summary>Where <paramref name="kind"/> (one of <see cref="ProcedureKinds.All"/>, as <see cref="ProcedureKinds.Of"/> gives) is counted.</summary>
    private static int KindIndex(string kind) => kind switch
    {
        ProcedureKinds.Open => 0,
        ProcedureKinds.Selective => 1,
        ProcedureKinds.Limited => 2,
        ProcedureKinds.Direct => 3,
        _ => 4,
    };

    /// <summary>Lots by reservation kind: the three known ones first, then the others in the order first seen.</summary>
    private Dictionary<string, int> ReservedKinds()
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ReservationKinds.Length; i++)
        {
            kinds[ReservationKinds[i]] = _reservedKinds[i];
        }

        foreach (var (kind, lots) in _otherReservedKinds ?? [])
        {
            kinds[kind] = lots;
        }

        return kinds;
    }

    /// <summary>Name, type and region come from the buyer's latest process that gives them.</summary>
    private void NoteIdentity(ProcessView process)
    {
        var date = process.ReportDate ?? DateTime.MinValue;
        var later = _latest is null || date >= _latest;
        _latest = later ? date : _latest;
        _name = Pick(_name, process.BuyerName, later);
        _kind = Pick(_kind, process.BuyerKind, later);
        _type = Pick(_type, process.BuyerType, later);
        _region = Pick(_region, RegionCodes.FirstLevel(process.BuyerRegion), later);
    }

    private static string? Pick(string? current, string? candidate, bool later) =>
        candidate is not null && (later || current is null) ? candidate : current;

    internal static double Money(double value) => Math.Round(value, 2);

    internal static double Share(double value) => Math.Round(value, 4);
}
