// DuckDB's version of Steward's reports, the baseline for the report benchmark (bench/Steward.Bench ReportBenchmark).
// Usage: node reports.mjs FILE.jsonl  → one JSON object: Bytes, LoadSeconds (CREATE TABLE releases AS read_json),
// Queries and DirectQueries ({buyers, markets, suppliers, flags}: Seconds, Rows), PeakBytes (max RSS).
//
// Each report is one self-contained SQL statement. Its first CTEs, `compiled` and `process`, compile the releases per
// ocid as OCDS does: each field from the latest release (by `date`) that has it, first_published = min(date), parties
// merged by id (the latest version wins), awards, contracts, bid statistics and bid details from the latest release
// that has them, notices (documents with a noticeType) gathered from every release. `Queries` run each statement over
// the table DuckDB loaded; `DirectQueries` run the same statement with the table replaced by read_json over the file,
// so their time includes parsing it. Every result is read in full (runAndReadAll).
//
// Checked against `steward report buyers|markets|suppliers` and `steward flags` on `steward demo` files of 20,000 and
// 100,000 releases (5,883 and 29,338 processes): the same 250 buyers, 204 / 405 market-years and 2,866 / 3,000
// suppliers (9,380 / 44,225 supplier-market rows), every figure equal (processes, awards, values, SME/VCSE/unknown
// splits, procedure mix, direct-award share, bids per competed lot, reserved lots, social value, days to award, the
// percentiles of award value and SME share among peers of the same type, HHI, top-4 share, entries and exits, market
// shares), and the same flags (code, process, buyer, organisation, value) from every indicator computed but UK3 (see
// below); at 20k: R003 371, R018 1,021, R024 10, R028 117, R030 10, R035 17, R036 28, R038 6, R058 12, UK1 37, UK2 4,
// UK4 198. Known, systematic differences:
// - Only fields present in the data can be named: DuckDB infers the schema from the file (sample_size = -1), and
//   naming a field it did not see is an error. So these queries read what `steward demo` publishes and leave out
//   tender.numberOfTenderers (R018 and bids per lot use the `bids` statistic and bids.details only),
//   tender.classification and items[].classification (the main CPV is the first item's CPV additionalClassification),
//   award items, tender-level awardCriteria and otherRequirements, criterion descriptions (social value is matched on
//   the criterion name, and weights come from numbers[0] only, never from text), tender.deliveryAddresses.
// - A tender without lots is not made into one `tender` lot (demo tenders always have lots).
// - Organisations are approximated: a party is its GB-PPON identifier, else its identifier (SCHEME-id), else its
//   party id, without Steward's scheme priorities, name keys or first-seen ownership; a supplier or tenderer is
//   resolved when its id names a party of the process. Buyer type and region are the buyer party's in the buyer's
//   latest process, not the organisation's latest values.
// - Compiling takes whole arrays from the latest release that has them instead of merging their entries by id, and
//   skips Steward's normalisation (UK local dates, placeholder amounts, scale spellings): demo data needs neither.
// - R025 (excessive unsuccessful bids) is not computed.
// - UK3 follows the current source (20% VAT added; only the thresholds that can apply). A steward build that predates
//   that rule flags more buyers (16 against 4 on the 100k file; the old rule in this SQL gives the same 16).
// - Quartiles for the fences are Hyndman–Fan type 8, computed in SQL (DuckDB's quantile_cont is type 7); medians use
//   DuckDB's median, which equals type 8 at 0.5. Rounding is half away from zero where .NET rounds half to even, so
//   a share can differ in its last place (0.78125 → 0.7813 against 0.7812).
import { realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

// --- SQL fragments the reports share ---------------------------------------------------------------------------

/** An amount is a value when its currency is GBP or absent and it is above 1 (Counting.Value). */
const valueOf = (v) => `CASE WHEN ${v}.amount > 1 AND (${v}.currency IS NULL OR upper(${v}.currency) = 'GBP') THEN ${v}.amount::DOUBLE END`;

/** An award counts when its status is active (any case) or absent (Counting.Counts). */
const counts = (a) => `(${a}.status IS NULL OR lower(${a}.status) = 'active')`;

/** A bid is submitted when it has a status other than invited or withdrawn (BidCounts.IsSubmitted). */
const submitted = (b) => `(${b}.status IS NOT NULL AND lower(${b}.status) NOT IN ('invited', 'withdrawn'))`;

/** A NUTS 1 / ITL 1 region from a longer code (UKM82 → UKM, TLI3 → UKI; UK or TL alone → UK), else null (RegionCodes.FirstLevel). */
const firstLevel = (code) => `CASE WHEN upper(trim(${code})) IN ('UK', 'TL') THEN 'UK'
      WHEN regexp_matches(upper(trim(${code})), '^(UK|TL)[C-N]') THEN 'UK' || substr(upper(trim(${code})), 3, 1) END`;

/**
 * The organisation a party stands for, as Steward resolves it: its GB-PPON identifier, else its identifier, as
 * SCHEME-id, else its party id (OrganisationResolver, simplified: no other scheme priorities, no name keys).
 */
const organisationOf = (p) => `coalesce(
      list_transform(list_filter(list_concat([${p}.identifier], ${p}.additionalIdentifiers),
        lambda i: upper(trim(i.scheme)) = 'GB-PPON' AND trim(i.id) <> ''), lambda i: 'GB-PPON-' || trim(i.id))[1],
      upper(trim(${p}.identifier.scheme)) || '-' || trim(${p}.identifier.id), ${p}.id)`;

const SME = `('sme', 'small', 'medium', 'micro')`;
const KNOWN_SCALE = `('sme', 'small', 'medium', 'micro', 'large', 'selfemployed')`;
const SOCIAL_VALUE = 'social value|community benefit|social benefit|social impact|socio-economic|socioeconomic|social responsibility';

/** The documents of one release that are notices, with the section they are in. */
const notices = `list_concat(
        list_transform(planning.documents, lambda d: {'section': 'planning', 'id': d.id, 'type': d.noticeType, 'published': d.datePublished}),
        list_transform(tender.documents, lambda d: {'section': 'tender', 'id': d.id, 'type': d.noticeType, 'published': d.datePublished}),
        flatten(list_transform(awards, lambda a: list_transform(a.documents,
          lambda d: {'section': 'award', 'id': d.id, 'type': d.noticeType, 'published': d.datePublished}))),
        flatten(list_transform(contracts, lambda c: list_transform(c.documents,
          lambda d: {'section': 'contract', 'id': d.id, 'type': d.noticeType, 'published': d.datePublished}))))`;

/**
 * `compiled`: one row per ocid, compiled from its releases; `process`: the facts the reports read from it (as
 * Steward's ProcessView): buyer key, procedure kind, buyer party, main CPV division and first-level region.
 */
const compile = (source) => `compiled AS (
  SELECT * EXCLUDE (party_versions),
    -- parties merged by id: party_versions lists them newest first, so the first of each id is its latest version
    list_filter(party_versions, lambda p, i: p.id IS NOT NULL
      AND list_position(list_transform(party_versions, lambda q: q.id), p.id) = i) AS parties
  FROM (
    SELECT
      ocid,
      min(date) AS first_published,
      max(date) AS date,
      arg_max(buyer.id, date) FILTER (WHERE buyer.id IS NOT NULL) AS buyer_id,
      arg_max(buyer.name, date) FILTER (WHERE buyer.name IS NOT NULL) AS buyer_name,
      arg_max(tender.status, date) FILTER (WHERE tender.status IS NOT NULL) AS status,
      arg_max(tender.procurementMethod, date) FILTER (WHERE tender.procurementMethod IS NOT NULL) AS method,
      arg_max(tender.procurementMethodDetails, date) FILTER (WHERE tender.procurementMethodDetails IS NOT NULL) AS method_details,
      arg_max(tender.mainProcurementCategory, date) FILTER (WHERE tender.mainProcurementCategory IS NOT NULL) AS category,
      arg_max(tender.legalBasis.scheme || ':' || tender.legalBasis.id, date) FILTER (WHERE tender.legalBasis.id IS NOT NULL) AS legal_basis,
      arg_max(tender.aboveThreshold, date) FILTER (WHERE tender.aboveThreshold IS NOT NULL) AS above_threshold,
      arg_max(tender.value, date) FILTER (WHERE tender.value IS NOT NULL) AS tender_value,
      arg_max(tender.tenderPeriod.startDate, date) FILTER (WHERE tender.tenderPeriod.startDate IS NOT NULL) AS tender_start,
      arg_max(tender.tenderPeriod.endDate, date) FILTER (WHERE tender.tenderPeriod.endDate IS NOT NULL) AS tender_end,
      coalesce(arg_max(tender.items, date) FILTER (WHERE len(tender.items) > 0), []) AS items,
      coalesce(arg_max(tender.lots, date) FILTER (WHERE len(tender.lots) > 0), []) AS lots,
      coalesce(arg_max(awards, date) FILTER (WHERE len(awards) > 0), []) AS awards,
      coalesce(arg_max(contracts, date) FILTER (WHERE len(contracts) > 0), []) AS contracts,
      coalesce(arg_max(bids.statistics, date) FILTER (WHERE len(bids.statistics) > 0), []) AS bid_statistics,
      coalesce(arg_max(bids.details, date) FILTER (WHERE len(bids.details) > 0), []) AS bid_details,
      flatten(list(parties ORDER BY date DESC)) AS party_versions,
      list_filter(list_distinct(flatten(list(${notices}))), lambda n: n.type IS NOT NULL) AS notices
    FROM ${source}
    GROUP BY ocid
  )
),
process AS (
  SELECT *,
    coalesce(buyer_id, buyer_name, buyer_party.name) AS buyer_key,
    coalesce(list_filter(buyer_party.details.classifications, lambda c: c.scheme = 'UK_CA_TYPE')[1].id,
             list_filter(buyer_party.details.classifications, lambda c: c.scheme = 'TED_CA_TYPE')[1].id) AS buyer_type,
    ${firstLevel('buyer_party.address.region')} AS buyer_region,
    CASE WHEN lower(trim(method)) IN ('open', 'selective', 'limited', 'direct') THEN lower(trim(method)) ELSE 'unknown' END AS kind,
    list_transform(list_filter(flatten(list_transform(items, lambda it: it.additionalClassifications)),
      lambda c: upper(c.scheme) = 'CPV' AND c.id IS NOT NULL), lambda c: c.id) AS cpv_codes,
    CASE WHEN regexp_matches(trim(cpv_codes[1]), '^[0-9]{2}') THEN left(trim(cpv_codes[1]), 2) ELSE 'unclassified' END AS cpv,
    list_filter(list_distinct(list_transform(flatten(list_transform(items, lambda it: it.deliveryAddresses)),
      lambda a: ${firstLevel('a.region')})), lambda r: r IS NOT NULL) AS delivery_regions,
    CASE len(delivery_regions) WHEN 0 THEN coalesce(buyer_region, 'unknown') WHEN 1 THEN delivery_regions[1] ELSE 'UK' END AS region,
    -- party id → organisation, for the suppliers and tenderers the flags name (a party id not in parties is unresolved)
    map_from_entries(list_transform(parties, lambda p: {'key': p.id, 'value': ${organisationOf('p')}})) AS organisations
  FROM (
    SELECT *,
      CASE WHEN buyer_id IS NOT NULL THEN list_filter(parties, lambda p: p.id = buyer_id)[1]
           ELSE list_filter(parties, lambda p: list_contains(p.roles, 'buyer'))[1] END AS buyer_party
    FROM compiled
  )
),
party AS (  -- each process's parties (latest version), one row each
  SELECT ocid, p.id AS party_id, ${organisationOf('p')} AS organisation_id, lower(p.details.scale) AS scale, p.details.vcse AS vcse
  FROM compiled CROSS JOIN unnest(parties) AS u(p)
)`;

// --- The reports ------------------------------------------------------------------------------------------------

/** `steward report buyers`: one row per buyer (buyer.id, else name), with its percentiles among peers of its type. */
const buyers = (source) => `WITH ${compile(source)},
award AS (  -- counted awards, with their values
  SELECT pr.ocid, pr.buyer_key, pr.kind, pr.tender_end, a.date AS award_date, a.suppliers,
    coalesce(len(a.suppliers), 0) AS listed, ${valueOf('a.value')} AS value
  FROM process pr CROSS JOIN unnest(pr.awards) AS u(a)
  WHERE pr.buyer_key IS NOT NULL AND ${counts('a')}
),
share AS (  -- each valued award split equally among the suppliers it lists, with their scale in the process
  SELECT a.buyer_key, a.value / a.listed AS share, py.scale, py.vcse
  FROM award a CROSS JOIN unnest(a.suppliers) AS u(s) LEFT JOIN party py ON py.ocid = a.ocid AND py.party_id = s.id
  WHERE a.value IS NOT NULL
),
award_figures AS (
  SELECT buyer_key, count(*) AS awards, coalesce(sum(value), 0) AS award_value, count(value) AS awards_valued,
    coalesce(sum(value) FILTER (WHERE kind = 'open'), 0) AS open_value,
    coalesce(sum(value) FILTER (WHERE kind = 'selective'), 0) AS selective_value,
    coalesce(sum(value) FILTER (WHERE kind = 'limited'), 0) AS limited_value,
    coalesce(sum(value) FILTER (WHERE kind = 'direct'), 0) AS direct_value,
    coalesce(sum(value) FILTER (WHERE kind = 'unknown'), 0) AS unknown_value,
    coalesce(sum(value) FILTER (WHERE listed = 0), 0) AS unlisted_value,
    median(floor((epoch(award_date) - epoch(tender_end)) / 86400)) FILTER (WHERE award_date >= tender_end) AS median_days_to_award
  FROM award GROUP BY buyer_key
),
split AS (
  SELECT buyer_key,
    coalesce(sum(share) FILTER (WHERE scale IN ${SME}), 0) AS sme_value,
    coalesce(sum(share) FILTER (WHERE vcse), 0) AS vcse_value,
    coalesce(sum(share) FILTER (WHERE scale IS NULL OR scale NOT IN ${KNOWN_SCALE}), 0) AS unknown_scale_value
  FROM share GROUP BY buyer_key
),
lot AS (  -- lots of each process: competed or not, reserved or not, and how many bids they received (BidCounts.ForLot)
  SELECT pr.buyer_key,
    pr.kind IN ('open', 'selective') AND lower(coalesce(l.status, '')) <> 'cancelled' AS competed,
    coalesce(len(l.otherRequirements.reservedParticipation), 0) > 0 AS reserved,
    ${valueOf('l.value')} AS value,
    coalesce(
      trunc(list_filter(pr.bid_statistics, lambda s: s.measure = 'bids' AND s.value >= 0
        AND (s.relatedLot = l.id OR (s.relatedLot IS NULL AND len(pr.lots) <= 1)))[1].value),
      nullif(len(list_filter(pr.bid_details, lambda b: ${submitted('b')}
        AND CASE WHEN coalesce(len(b.relatedLots), 0) = 0 THEN len(pr.lots) <= 1 ELSE list_contains(b.relatedLots, l.id) END)), 0)
    ) AS bids
  FROM process pr CROSS JOIN unnest(pr.lots) AS u(l)
  WHERE pr.buyer_key IS NOT NULL
),
lot_figures AS (
  SELECT buyer_key,
    count(*) FILTER (WHERE competed) AS competed_lots,
    round(avg(bids) FILTER (WHERE competed), 2) AS bids_per_competed_lot,
    round(avg(CASE WHEN bids = 1 THEN 1 ELSE 0 END) FILTER (WHERE competed AND bids IS NOT NULL), 4) AS single_bid_share,
    count(*) FILTER (WHERE reserved) AS reserved_lots,
    coalesce(sum(value) FILTER (WHERE reserved), 0) AS reserved_lot_value
  FROM lot GROUP BY buyer_key
),
criterion AS (  -- award criteria, lot by lot
  SELECT pr.ocid, l.id AS lot_id, c.numbers[1].number::DOUBLE AS number, coalesce(c.numbers[1].weight, 'percentageExact') AS kind,
    coalesce(regexp_matches(lower(c.name), '${SOCIAL_VALUE}'), false) AS social
  FROM process pr CROSS JOIN unnest(pr.lots) AS u(l) CROSS JOIN unnest(l.awardCriteria.criteria) AS v(c)
),
lot_weight AS (  -- a lot's social value weight: its share of the lot's total, else the social criteria's own percentages
  SELECT ocid, lot_id, bool_or(social) AS social,
    CASE WHEN count(number) = count(*) AND count(DISTINCT kind) = 1 AND any_value(kind) IN ('percentageExact', 'decimalExact', 'pointsExact')
              AND sum(number) > 0
           THEN 100 * coalesce(sum(number) FILTER (WHERE social), 0) / sum(number)
         WHEN count(*) FILTER (WHERE social AND (number IS NULL OR kind NOT IN ('percentageExact', 'decimalExact'))) = 0
           THEN sum(CASE WHEN kind = 'decimalExact' THEN 100 * number ELSE number END) FILTER (WHERE social) END AS weight
  FROM criterion GROUP BY ocid, lot_id
),
social AS (  -- per process: publishes criteria, names social value, and its highest lot weight
  SELECT ocid, bool_or(social) AS weights_it, max(weight) FILTER (WHERE social) AS weight FROM lot_weight GROUP BY ocid
),
process_figures AS (
  SELECT pr.buyer_key,
    arg_max(coalesce(pr.buyer_name, pr.buyer_party.name), pr.first_published) FILTER (WHERE coalesce(pr.buyer_name, pr.buyer_party.name) IS NOT NULL) AS buyer_name,
    arg_max(pr.buyer_type, pr.first_published) FILTER (WHERE pr.buyer_type IS NOT NULL) AS buyer_type,
    arg_max(pr.buyer_region, pr.first_published) FILTER (WHERE pr.buyer_region IS NOT NULL) AS region,
    count(*) AS processes,
    count(*) FILTER (WHERE pr.kind = 'open') AS open_processes,
    count(*) FILTER (WHERE pr.kind = 'selective') AS selective_processes,
    count(*) FILTER (WHERE pr.kind = 'limited') AS limited_processes,
    count(*) FILTER (WHERE pr.kind = 'direct') AS direct_processes,
    count(*) FILTER (WHERE pr.kind = 'unknown') AS unknown_processes,
    round(count(*) FILTER (WHERE pr.kind IN ('direct', 'limited')) / nullif(count(*) FILTER (WHERE pr.kind <> 'unknown'), 0), 4) AS direct_award_share,
    count(so.ocid) AS social_value_processes_with_criteria,
    count(*) FILTER (WHERE so.weights_it) AS social_value_processes,
    round(count(*) FILTER (WHERE so.weights_it) / nullif(count(so.ocid), 0), 4) AS social_value_share,
    round(median(so.weight), 2) AS social_value_median_weight,
    count(so.weight) AS social_value_weights_read
  FROM process pr LEFT JOIN social so ON so.ocid = pr.ocid
  WHERE pr.buyer_key IS NOT NULL
  GROUP BY pr.buyer_key
),
buyer AS (
  SELECT pf.buyer_key AS buyer_id, pf.buyer_name, pf.buyer_type, pf.region, pf.processes,
    coalesce(af.awards, 0) AS awards, round(coalesce(af.award_value, 0), 2) AS award_value,
    round(coalesce(sp.sme_value, 0), 2) AS sme_value, round(coalesce(sp.vcse_value, 0), 2) AS vcse_value,
    round(coalesce(sp.unknown_scale_value, 0) + coalesce(af.unlisted_value, 0), 2) AS unknown_scale_value,
    CASE WHEN af.award_value > 0 THEN round(sp.sme_value / af.award_value, 4) END AS sme_share,
    CASE WHEN af.award_value > 0 THEN round(sp.vcse_value / af.award_value, 4) END AS vcse_share,
    pf.open_processes, coalesce(af.open_value, 0) AS open_value, pf.selective_processes, coalesce(af.selective_value, 0) AS selective_value,
    pf.limited_processes, coalesce(af.limited_value, 0) AS limited_value, pf.direct_processes, coalesce(af.direct_value, 0) AS direct_value,
    pf.unknown_processes, coalesce(af.unknown_value, 0) AS unknown_value,
    pf.direct_award_share, coalesce(lf.competed_lots, 0) AS competed_lots, lf.bids_per_competed_lot, lf.single_bid_share,
    coalesce(lf.reserved_lots, 0) AS reserved_lots, round(coalesce(lf.reserved_lot_value, 0), 2) AS reserved_lot_value,
    pf.social_value_processes_with_criteria, pf.social_value_processes, pf.social_value_share, pf.social_value_median_weight,
    pf.social_value_weights_read, af.median_days_to_award
  FROM process_figures pf
    LEFT JOIN award_figures af USING (buyer_key) LEFT JOIN split sp USING (buyer_key) LEFT JOIN lot_figures lf USING (buyer_key)
),
peer AS (  -- buyers with a type and at least 5 processes make up their type's distribution
  SELECT buyer_type, award_value, sme_share FROM buyer WHERE processes >= 5 AND buyer_type IS NOT NULL
)
SELECT b.*,
  -- mid-rank percentile among peers of the same type: 100 × (below + ½ equal) / peers with the figure
  (SELECT round(100 * (count(*) FILTER (WHERE p.award_value < b.award_value) + 0.5 * count(*) FILTER (WHERE p.award_value = b.award_value))
            / nullif(count(p.award_value), 0), 1)
     FROM peer p WHERE p.buyer_type = b.buyer_type) AS award_value_percentile_by_type,
  CASE WHEN b.sme_share IS NOT NULL THEN
    (SELECT round(100 * (count(*) FILTER (WHERE p.sme_share < b.sme_share) + 0.5 * count(*) FILTER (WHERE p.sme_share = b.sme_share))
              / nullif(count(p.sme_share), 0), 1)
       FROM peer p WHERE p.buyer_type = b.buyer_type) END AS sme_share_percentile_by_type
FROM buyer b
ORDER BY b.buyer_id`;

/** `steward report markets`: one row per market (CPV division × first-level region) and award year. */
const markets = (source) => `WITH ${compile(source)},
award AS (  -- counted awards with a date (their own, else their process's), in their process's market
  SELECT pr.ocid, pr.cpv, pr.region, year(coalesce(a.date, pr.first_published, pr.date)) AS year, a.suppliers,
    coalesce(len(a.suppliers), 0) AS listed, ${valueOf('a.value')} AS value
  FROM process pr CROSS JOIN unnest(pr.awards) AS u(a)
  WHERE ${counts('a')} AND coalesce(a.date, pr.first_published, pr.date) IS NOT NULL
),
share AS (  -- each award's listed suppliers, with their equal share of its value and their scale in the process
  SELECT a.cpv, a.region, a.year, py.organisation_id AS supplier_id, a.value / a.listed AS share, py.party_id IS NOT NULL AS resolved,
    py.scale, py.vcse
  FROM award a CROSS JOIN unnest(a.suppliers) AS u(s) LEFT JOIN party py ON py.ocid = a.ocid AND py.party_id = s.id
),
market_supplier AS (
  SELECT cpv, region, year, supplier_id, coalesce(sum(share), 0) AS value FROM share WHERE resolved GROUP BY ALL
),
concentration AS (  -- HHI = Σ (100·vᵢ/A)² and the top four's share of the attributed value A
  SELECT cpv, region, year, count(*) AS suppliers, sum(value) AS attributed,
    CASE WHEN sum(value) > 0 THEN round(10000 * sum(value * value) / (sum(value) * sum(value)), 1) END AS hhi,
    CASE WHEN sum(value) > 0 THEN round(list_sum(list(value ORDER BY value DESC)[1:4]) / sum(value), 4) END AS top4_share
  FROM market_supplier GROUP BY ALL
),
turnover AS (  -- suppliers this year and not the year before (entries), and the other way round (exits)
  SELECT coalesce(cur.cpv, prev.cpv) AS cpv, coalesce(cur.region, prev.region) AS region, coalesce(cur.year, prev.year + 1) AS year,
    count(*) FILTER (WHERE prev.supplier_id IS NULL) AS entries, count(*) FILTER (WHERE cur.supplier_id IS NULL) AS exits
  FROM market_supplier cur FULL JOIN market_supplier prev
    ON prev.cpv = cur.cpv AND prev.region = cur.region AND prev.year = cur.year - 1 AND prev.supplier_id = cur.supplier_id
  GROUP BY ALL
),
split AS (
  SELECT cpv, region, year, coalesce(sum(share) FILTER (WHERE scale IN ${SME}), 0) AS sme, coalesce(sum(share) FILTER (WHERE vcse), 0) AS vcse
  FROM share WHERE share IS NOT NULL GROUP BY ALL
),
market AS (
  SELECT cpv, region, year, count(DISTINCT ocid) AS processes, count(*) AS awards, coalesce(sum(value), 0) AS value,
    count(value) AS awards_valued, round(median(value), 2) AS median_award_value
  FROM award GROUP BY ALL
)
SELECT m.cpv, m.region, m.year, m.processes, m.awards, round(m.value, 2) AS value, coalesce(c.suppliers, 0) AS suppliers, c.hhi, c.top4_share,
  -- null when no market has awards the year before
  CASE WHEN m.year - 1 IN (SELECT year FROM market) THEN coalesce(t.entries, 0) END AS entries,
  CASE WHEN m.year - 1 IN (SELECT year FROM market) THEN coalesce(t.exits, 0) END AS exits,
  CASE WHEN m.value > 0 THEN round(coalesce(sp.sme, 0) / m.value, 4) END AS sme_share,
  CASE WHEN m.value > 0 THEN round(coalesce(sp.vcse, 0) / m.value, 4) END AS vcse_share,
  m.median_award_value, m.awards_valued, round(coalesce(c.attributed, 0), 2) AS attributed_value
FROM market m LEFT JOIN concentration c USING (cpv, region, year) LEFT JOIN turnover t USING (cpv, region, year)
  LEFT JOIN split sp USING (cpv, region, year)
ORDER BY m.year, m.cpv, m.region`;

/** `steward report suppliers`: one row per supplier and market, over all years, with the supplier's totals repeated. */
const suppliers = (source) => `WITH ${compile(source)},
award AS (  -- counted awards, dated or not, in their process's market
  SELECT pr.ocid, pr.buyer_key, pr.cpv, pr.region, a.suppliers, coalesce(len(a.suppliers), 0) AS listed, ${valueOf('a.value')} AS value
  FROM process pr CROSS JOIN unnest(pr.awards) AS u(a)
  WHERE ${counts('a')}
),
market_total AS (  -- every valued award in the market, whoever its suppliers
  SELECT cpv, region, sum(value) AS total FROM award GROUP BY ALL
),
share AS (  -- each award's resolved suppliers with their equal share of its value
  SELECT a.buyer_key, a.cpv, a.region, py.organisation_id AS supplier_id, a.value / a.listed AS share
  FROM award a CROSS JOIN unnest(a.suppliers) AS u(s) JOIN party py ON py.ocid = a.ocid AND py.party_id = s.id
),
supplier AS (
  SELECT supplier_id, count(*) AS awards, coalesce(sum(share), 0) AS award_value, count(DISTINCT buyer_key) AS buyers
  FROM share GROUP BY supplier_id
),
supplier_market AS (
  SELECT supplier_id, cpv, region, count(*) AS market_awards, coalesce(sum(share), 0) AS market_value
  FROM share GROUP BY ALL
)
SELECT sm.supplier_id, s.awards, round(s.award_value, 2) AS award_value, s.buyers, sm.cpv, sm.region, sm.market_awards,
  round(sm.market_value, 2) AS market_value, CASE WHEN mt.total > 0 THEN round(sm.market_value / mt.total, 4) END AS market_share
FROM supplier_market sm JOIN supplier s USING (supplier_id) LEFT JOIN market_total mt USING (cpv, region)
ORDER BY s.award_value DESC, sm.supplier_id, sm.market_value DESC, sm.cpv, sm.region`;

/** `steward flags`: one row per red flag (code, subject, ocid, buyer, organisation, value), indicator after indicator. */
const flags = (source) => `WITH ${compile(source)},
looked AS (  -- no indicator looks at a process whose tender is cancelled
  SELECT *,
    list_filter(awards, lambda a: a.status = 'active') AS active,
    list_distinct(list_filter(flatten(list_transform(active, lambda a: list_transform(a.suppliers, lambda s: organisations[s.id]))),
      lambda o: o IS NOT NULL)) AS winners,
    CASE WHEN len(active) = 1 AND len(active[1].suppliers) = 1 THEN organisations[active[1].suppliers[1].id] END AS sole_winner,
    len(awards) > 0 AND len(bid_details) > 0
      AND list_bool_and(list_transform(awards, lambda a: a.status IS NULL OR a.status IN ('active', 'cancelled', 'unsuccessful'))) AS awards_final,
    trunc((epoch(tender_end) - epoch(tender_start)) / 86400) AS tender_days
  FROM process
  WHERE status IS NULL OR lower(status) <> 'cancelled'
),
bid AS (  -- bids.details, one row each
  SELECT l.ocid, l.buyer_key, l.tender_end, l.winners, l.sole_winner, l.awards_final, n,
    b.status, b.date, b.value.amount::DOUBLE AS amount, upper(b.value.currency) AS currency,
    coalesce(len(b.tenderers), 0) AS tenderer_count,
    list_distinct(list_filter(list_transform(b.tenderers, lambda t: l.organisations[t.id]), lambda o: o IS NOT NULL)) AS tenderers,
    ${submitted('b')} AS submitted
  FROM looked l CROSS JOIN unnest(l.bid_details) WITH ORDINALITY AS u(b, n)
),
gap AS (  -- R024/R058: (lowest other valid bid − the sole winner's lowest valid bid) / the winner's
  SELECT ocid, buyer_key, sole_winner, (second - winning) / winning AS ratio
  FROM (
    SELECT ocid, buyer_key, sole_winner,
      min(amount) FILTER (WHERE tenderers[1] = sole_winner) AS winning,
      min(amount) FILTER (WHERE tenderers[1] <> sole_winner) AS second
    FROM bid
    WHERE awards_final AND sole_winner IS NOT NULL AND status = 'valid' AND tenderer_count = 1 AND len(tenderers) = 1
      AND amount IS NOT NULL AND currency = 'GBP'
    GROUP BY ALL
  )
  WHERE winning > 0 AND second >= winning
),
r038_buyer AS (
  SELECT buyer_key, count(*) FILTER (WHERE status = 'disqualified') / count(*) AS ratio
  FROM bid WHERE submitted AND buyer_key IS NOT NULL GROUP BY buyer_key HAVING count(*) >= 2
),
r038_tenderer AS (
  SELECT t AS tenderer, count(*) FILTER (WHERE status = 'disqualified') / count(*) AS ratio
  FROM bid CROSS JOIN unnest(tenderers) AS u(t) WHERE submitted GROUP BY t HAVING count(*) >= 2
),
r048 AS (  -- sole suppliers of active awards: the CPV divisions of the processes they won
  SELECT supplier, count(DISTINCT ocid) AS processes, count(DISTINCT sector) AS sectors
  FROM (
    SELECT DISTINCT l.ocid, l.organisations[a.suppliers[1].id] AS supplier, unnest(list_distinct(list_transform(list_filter(l.cpv_codes, lambda c: len(c) >= 2),
      lambda c: left(c, 2)))) AS sector
    FROM looked l CROSS JOIN unnest(l.active) AS u(a)
    WHERE len(a.suppliers) = 1 AND l.organisations[a.suppliers[1].id] IS NOT NULL
  )
  GROUP BY supplier HAVING count(DISTINCT ocid) >= 20
),
uk2 AS (
  SELECT buyer_key, count(*) FILTER (WHERE kind IN ('direct', 'limited')) / count(*) AS share
  FROM looked WHERE buyer_key IS NOT NULL AND kind <> 'unknown' GROUP BY buyer_key HAVING count(*) >= 10
),
uk3 AS (  -- values (plus 20% VAT) within 5% under / over the Sch. 1 thresholds that can apply, per buyer
  SELECT buyer_key,
    sum(len(list_filter(thresholds, lambda t: amount < t AND amount >= t * 0.95))) AS under,
    sum(len(list_filter(thresholds, lambda t: amount >= t AND amount < t * 1.05))) AS over
  FROM (
    SELECT buyer_key, amount,
      list_concat(
        CASE WHEN category IS NULL OR category = 'works' THEN [works] ELSE [] END,
        CASE WHEN category IS NULL OR category = 'services' THEN [light_touch] ELSE [] END,
        CASE WHEN category IS DISTINCT FROM 'works' AND (central OR NOT sub_central) THEN [central_goods] ELSE [] END,
        CASE WHEN category IS DISTINCT FROM 'works' AND (sub_central OR NOT central) THEN [sub_central_goods] ELSE [] END) AS thresholds
    FROM (
      SELECT buyer_key, lower(category) AS category,
        1.2 * coalesce(${valueOf('tender_value')},
          list_sum(list_transform(list_filter(awards, lambda a: ${counts('a')} AND ${valueOf('a.value')} IS NOT NULL), lambda a: ${valueOf('a.value')}))) AS amount,
        coalesce(buyer_type, '') ILIKE '%SubCentral%' AS sub_central,
        NOT sub_central AND coalesce(buyer_type, '') ILIKE '%CentralGovernment%' AS central,
        coalesce(first_published, date) AS day,
        CASE WHEN day >= TIMESTAMP '2026-01-01' THEN 135018 WHEN day >= TIMESTAMP '2024-01-01' THEN 139688 ELSE 138760 END AS central_goods,
        CASE WHEN day >= TIMESTAMP '2026-01-01' THEN 207720 WHEN day >= TIMESTAMP '2024-01-01' THEN 214904 ELSE 213477 END AS sub_central_goods,
        CASE WHEN day >= TIMESTAMP '2026-01-01' THEN 5193000 WHEN day >= TIMESTAMP '2024-01-01' THEN 5372609 ELSE 5336937 END AS works,
        663540 AS light_touch
      FROM looked WHERE buyer_key IS NOT NULL
    )
    WHERE amount IS NOT NULL
  )
  GROUP BY buyer_key
),
uk4 AS (  -- the earliest UK6, the contract's entry (dateSigned, else UK6 + 10 days' standstill) and the earliest UK7
  SELECT ocid, buyer_key, uk7, due, max(date) OVER () AS horizon
  FROM (
    SELECT ocid, buyer_key, date,
      list_min(list_transform(list_filter(notices, lambda n: n.type = 'UK6'), lambda n: n.published)) AS uk6,
      list_min(list_transform(list_filter(notices, lambda n: n.type = 'UK7'), lambda n: n.published)) AS uk7,
      coalesce(list_min(list_transform(contracts, lambda c: c.dateSigned)), uk6 + INTERVAL 10 DAY) + INTERVAL 30 DAY AS due
    FROM looked
  )
),
fence_value AS (  -- the distributions that are fenced
  SELECT 'gap' AS distribution, ratio AS v FROM gap
  UNION ALL SELECT 'R038 buyer', ratio FROM r038_buyer
  UNION ALL SELECT 'R038 tenderer', ratio FROM r038_tenderer
  UNION ALL SELECT 'R048', sectors FROM r048
  UNION ALL SELECT 'UK2', share FROM uk2
),
quartile AS (  -- Hyndman–Fan type 8: h = (n + 1/3)·p + 1/3, k = ⌊h⌋, x[k] + (h − k)(x[k+1] − x[k])
  SELECT distribution, p, (len(x) + 1 / 3) * p + 1 / 3 AS h, floor(h)::INTEGER AS k,
    CASE WHEN k <= 0 THEN x[1] WHEN k >= len(x) THEN x[len(x)] ELSE x[k] + (h - k) * (x[k + 1] - x[k]) END AS q
  FROM (SELECT distribution, list(v ORDER BY v) AS x FROM fence_value GROUP BY distribution) CROSS JOIN (VALUES (0.25), (0.75)) AS t(p)
),
fence AS (  -- Tukey's fences
  SELECT distribution, max(q) FILTER (WHERE p = 0.25) AS q1, max(q) FILTER (WHERE p = 0.75) AS q3,
    q1 - 1.5 * (q3 - q1) AS lower, q3 + 1.5 * (q3 - q1) AS upper
  FROM quartile GROUP BY distribution
)
SELECT 'R003' AS code, 'process' AS subject, ocid, buyer_key AS buyer_id, NULL AS organisation_id, tender_days AS value
FROM looked WHERE tender_days < 15
UNION ALL
SELECT 'R018', 'process', ocid, buyer_key, NULL, 1
FROM looked
WHERE kind IN ('open', 'selective') AND len(lots) <= 1
  AND list_filter(bid_statistics, lambda s: s.measure = 'bids' AND s.value >= 0)[1].value = 1
UNION ALL
SELECT 'R024', 'process', g.ocid, g.buyer_key, g.sole_winner, round(g.ratio, 6)
FROM gap g JOIN fence f ON f.distribution = 'gap' WHERE f.q1 > 0 AND f.lower > 0 AND g.ratio <= f.lower
UNION ALL
SELECT 'R028', 'process', ocid, buyer_key, NULL, arg_min(amount, n)  -- the first price a different tenderer repeated
FROM (
  SELECT ocid, buyer_key, amount, n, tenderer_set,
    first_value(tenderer_set) OVER (PARTITION BY ocid, amount, currency ORDER BY n) AS first_set
  FROM (SELECT *, list_sort(tenderers) AS tenderer_set FROM bid
        WHERE submitted AND len(tenderers) > 0 AND amount IS NOT NULL AND currency IS NOT NULL)
)
WHERE tenderer_set <> first_set
GROUP BY ocid, buyer_key
UNION ALL
SELECT 'R030', 'process', b.ocid, b.buyer_key, t, (epoch(b.date) - epoch(b.tender_end)) / 3600
FROM bid b CROSS JOIN unnest(b.tenderers) AS u(t)
WHERE b.status = 'valid' AND b.date > b.tender_end AND list_contains(b.winners, t)
UNION ALL
SELECT 'R035', 'process', ocid, buyer_key, valid[1], len(list_filter(disqualified, lambda t: NOT list_contains(valid, t)))
FROM (
  SELECT ocid, buyer_key, any_value(winners) AS winners,
    list_sort(list_distinct(flatten(list(tenderers) FILTER (WHERE status = 'valid')))) AS valid,
    coalesce(list_distinct(flatten(list(tenderers) FILTER (WHERE status = 'disqualified'))), []) AS disqualified
  FROM bid WHERE awards_final GROUP BY ocid, buyer_key
)
WHERE len(valid) = 1 AND list_sort(winners) = valid AND len(list_filter(disqualified, lambda t: NOT list_contains(valid, t))) >= 1
UNION ALL
SELECT 'R036', 'process', ocid, buyer_key, organisations[lowest.tenderers[1].id], lowest.value.amount
FROM (
  SELECT ocid, buyer_key, organisations,
    list_filter(priced, lambda b: b.value.amount = list_min(list_transform(priced, lambda x: x.value.amount)))[1] AS lowest
  FROM (
    SELECT ocid, buyer_key, organisations,
      list_filter(bid_details, lambda b: ${submitted('b')} AND b.value.amount IS NOT NULL AND upper(b.value.currency) = 'GBP') AS priced
    FROM looked WHERE len(active) > 0
  )
  WHERE list_bool_or(list_transform(priced, lambda b: b.status = 'valid'))
)
WHERE lowest.status = 'disqualified'
UNION ALL
SELECT 'R038', 'buyer', NULL, r.buyer_key, NULL, round(r.ratio, 6)
FROM r038_buyer r JOIN fence f ON f.distribution = 'R038 buyer' WHERE f.upper > 0 AND r.ratio >= f.upper
UNION ALL
SELECT 'R038', 'tenderer', NULL, NULL, r.tenderer, round(r.ratio, 6)
FROM r038_tenderer r JOIN fence f ON f.distribution = 'R038 tenderer' WHERE f.upper > 0 AND r.ratio >= f.upper
UNION ALL
SELECT 'R048', 'supplier', NULL, NULL, r.supplier, r.sectors
FROM r048 r JOIN fence f ON f.distribution = 'R048' WHERE r.sectors >= f.upper
UNION ALL
SELECT 'R058', 'process', g.ocid, g.buyer_key, g.sole_winner, round(g.ratio, 6)
FROM gap g JOIN fence f ON f.distribution = 'gap' WHERE f.upper > 0 AND g.ratio >= f.upper
UNION ALL
SELECT 'UK1', 'process', ocid, buyer_key, NULL, tender_days
FROM looked
WHERE legal_basis LIKE '%2023/54%' AND kind IN ('open', 'selective') AND above_threshold
  AND tender_days < CASE WHEN list_contains(list_transform(notices, lambda n: n.type), 'UK3') THEN 10 ELSE 25 END
UNION ALL
SELECT 'UK2', 'buyer', NULL, u.buyer_key, NULL, round(u.share, 6)
FROM uk2 u JOIN fence f ON f.distribution = 'UK2' WHERE f.upper > 0 AND u.share >= f.upper
UNION ALL
SELECT 'UK3', 'buyer', NULL, buyer_key, NULL, under
FROM uk3 WHERE under >= 5 AND under >= 3 * greatest(over, 1)
UNION ALL
SELECT 'UK4', 'process', ocid, buyer_key, NULL, floor((epoch(coalesce(uk7, horizon)) - epoch(due)) / 86400)
FROM uk4 WHERE due <= horizon AND (uk7 IS NULL OR uk7 > due)`;

export const reports = { buyers, markets, suppliers, flags };

// --- The benchmark ----------------------------------------------------------------------------------------------

async function timed(connection, sql) {
  const started = performance.now();
  const result = await connection.runAndReadAll(sql);
  const rows = result.getRows().length;
  return { Seconds: (performance.now() - started) / 1000, Rows: rows };
}

async function main(file) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const readJson = `read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', sample_size = -1)`;

  const started = performance.now();
  await connection.run(`CREATE TABLE releases AS SELECT * FROM ${readJson}`);
  const loadSeconds = (performance.now() - started) / 1000;

  const queries = {};
  for (const [name, sql] of Object.entries(reports)) {
    queries[name] = await timed(connection, sql('releases'));
  }

  const direct = {};
  for (const [name, sql] of Object.entries(reports)) {
    direct[name] = await timed(connection, sql(readJson));
  }

  console.log(JSON.stringify({
    Bytes: statSync(file).size,
    LoadSeconds: loadSeconds,
    Queries: queries,
    DirectQueries: direct,
    PeakBytes: process.resourceUsage().maxRSS * 1024,
  }));
}

// Run when invoked as a script; importing the module only gives the SQL (`reports`).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node reports.mjs FILE.jsonl');
    process.exit(2);
  }

  await main(file);
}
