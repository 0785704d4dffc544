using CsCheck;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>
/// CsCheck generators of valid model graphs: every value is built through the model's constructors and keeps the
/// rules between values (courses of the study's disease, a conditioning regimen only with hematopoietic cells, cited
/// sources that exist, unique ids, a completion date that does not end before the start), so any failure of a property
/// over them is a failure of the code under test, never of the generator.
/// </summary>
internal static class ModelGen
{
    // Pieces of text that a writer must escape or must keep intact: quotes, backslashes, control characters and line
    // breaks, non-ASCII letters, characters outside the Basic Multilingual Plane (whole surrogate pairs), and the
    // characters the default encoder escapes for HTML. Text starts and ends with one that is not white space.
    private static readonly string[] EdgePieces = ["a", "Z", "7", "\"", "\\", "/", "\u00e9", "\u4e2d", "\U0001F600", "\U0001F9E0", "\u2019", "<", "&", "'"];

    private static readonly string[] InnerPieces =
        [.. EdgePieces, " ", "  ", "\n", "\r\n", "\t", "\u0001", "\u007f", "\u00df", "\u03a9", "\u2028", ">", "+", "%", "-"];

    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 6].Select(chars => new string(chars));

    /// <summary>Non-blank, unpadded text with characters that need escaping.</summary>
    internal static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOfConst(EdgePieces),
        from first in Gen.OneOfConst(EdgePieces)
        from middle in Gen.OneOfConst(InnerPieces).Array[0, 8]
        from last in Gen.OneOfConst(EdgePieces)
        select first + string.Concat(middle) + last);

    /// <summary>A lower-kebab-case id.</summary>
    internal static readonly Gen<string> Slug = Word.Array[1, 3].Select(words => string.Join('-', words));

    /// <summary>A partial date of any precision from year 1 to 9999, including the last days of months and 29 February.</summary>
    internal static readonly Gen<PartialDate> Date =
        from year in Gen.Int[PartialDate.MinimumYear, PartialDate.MaximumYear]
        from precision in Gen.Int[0, 2]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        select precision switch
        {
            0 => PartialDate.FromYear(year),
            1 => PartialDate.FromYearMonth(year, month),
            _ => PartialDate.FromDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month))),
        };

    /// <summary>A positive time frame in the units a source would give, alone or combined.</summary>
    internal static readonly Gen<Period> TimeFrame = Gen.OneOf(
        Gen.Int[1, 20].Select(years => Period.FromYears(years)),
        Gen.Int[1, 120].Select(months => Period.FromMonths(months)),
        Gen.Int[1, 104].Select(weeks => Period.FromWeeks(weeks)),
        Gen.Int[1, 1000].Select(days => Period.FromDays(days)),
        Gen.Int[1, 72].Select(hours => Period.FromHours(hours)),
        from years in Gen.Int[0, 5]
        from months in Gen.Int[0, 11]
        from days in Gen.Int[1, 30]
        select Period.FromYears(years) + Period.FromMonths(months) + Period.FromDays(days));

    /// <summary>Whether a value has happened or is a plan.</summary>
    internal static readonly Gen<Actuality> Actuality = Gen.OneOfConst(global::StemCell.Domain.Model.Actuality.Actual, global::StemCell.Domain.Model.Actuality.Estimated);

    internal static readonly Gen<SourceLocator> Locator = Gen.OneOf(
        from registrant in Gen.Char['0', '9'].Array[4, 9]
        from suffix in Gen.Char["-._;()/:ABCXYZabcxyz0123456789"].Array[1, 12]
        select SourceLocator.FromDoi($"10.{new string(registrant)}/{new string(suffix)}"),
        from path in Slug
        from query in Word.Null(0.5)
        select SourceLocator.FromUrl(query is null ? $"https://example.org/{path}" : $"https://example.org/{path}?q={query}&page=2"));

    /// <summary>A claim about a term of any vocabulary.</summary>
    internal static readonly Gen<Claim> Claim =
        from vocabulary in Gen.OneOfConst([.. Vocabularies.All])
        from term in Gen.OneOfConst([.. vocabulary.Terms])
        from quote in Text
        select new Claim(term, quote);

    internal static readonly Gen<Institution> Institution =
        from name in Text
        from country in Gen.Char['A', 'Z'].Array[2].Select(letters => new string(letters)).Null(0.4)
        select new Institution(name, country);

    internal static readonly Gen<RegistryIdentifier> RegistryIdentifier =
        from registry in Term<Registry>()
        from digits in Gen.Char['0', '9'].Array[12].Select(chars => new string(chars))
        select new RegistryIdentifier(
            registry,
            registry == Registry.ClinicalTrialsGov ? "NCT" + digits[..8]
            : registry == Registry.Isrctn ? "ISRCTN" + digits[..8]
            : $"{digits[..4]}-{digits[4..10]}-{digits[10..]}");

    internal static readonly Gen<Dose> Dose =
        from amount in PositiveDecimal(10_000_000, maxScale: 4)
        from unit in Term<DoseUnit>()
        select new Dose(amount, unit);

    internal static readonly Gen<Intervention> Intervention =
        from cells in Term<StemCellType>().Null(0.15)
        from tissue in Term<TissueSource>().Null(0.4)
        from donor in Term<DonorOrigin>().Null(0.4)
        from routes in Term<DeliveryRoute>().Array[0, 3]
        from regimen in Text.Null(0.5)
        from dose in Dose.Null(0.5)
        from administrations in Gen.Int[1, 12].Nullable(0.5)
        select new Intervention(
            cells, tissue, donor, routes.Distinct(), cells == StemCellType.Hematopoietic ? regimen : null, dose, administrations);

    internal static readonly Gen<Population> Population = Gen.OneOf(
        Gen.Const(global::StemCell.Domain.Model.Population.AllParticipants),
        Text.Select(global::StemCell.Domain.Model.Population.Subgroup));

    /// <summary>A result of any of the four kinds, valid for its scale or counts.</summary>
    internal static readonly Gen<QuantitativeResult> Result = Gen.OneOf<QuantitativeResult>(
        Proportion(),
        from scale in Term<ClinicalScale>()
        from steps in Gen.Int[0, 1000]
        from free in SignedDecimal()
        select new ScaleScore(scale, scale.Step is { } step ? scale.Minimum!.Value + (step * (steps % (StepCount(scale) + 1))) : free),
        from scale in Term<ClinicalScale>()
        from steps in Gen.Int[-1000, 1000]
        from free in SignedDecimal()
        select new ScaleChange(scale, scale.Step is { } step ? step * (steps % (StepCount(scale) + 1)) : free),
        from estimate in Gen.Int[1, 500]
        from below in Gen.Int[0, 499]
        from above in Gen.Int[0, 500]
        from level in Gen.Int[1, 99]
        from withInterval in Gen.Bool
        select new HazardRatio(
            Hundredths(estimate),
            withInterval ? new ConfidenceInterval(Hundredths(Math.Max(1, estimate - below)), Hundredths(estimate + above), Hundredths(level)) : null));

    internal static readonly Gen<ProposedMechanism> Mechanism =
        from mechanism in Term<Mechanism>()
        from quote in Text
        select new ProposedMechanism(mechanism, quote);

    /// <summary>A dataset of one to four sources and up to four studies, ids unique, every citation of one of its sources.</summary>
    internal static readonly Gen<EvidenceDataset> Dataset =
        from sourceSlugs in Slug.Array[1, 4]
        let sourceIds = sourceSlugs.Select((slug, i) => $"{slug}-{i}").ToArray()
        from sources in SourceWithId.Array[sourceIds.Length]
        from studies in StudyWithId(sourceIds).Array[0, 4]
        from studySlugs in Slug.Array[studies.Length]
        select new EvidenceDataset(
            sources.Select((source, i) => source(sourceIds[i])),
            studies.Select((study, i) => study($"{studySlugs[i]}-{i}")));

    private static Gen<Func<string, Source>> SourceWithId =>
        from title in Text
        from kind in Term<EvidenceKind>()
        from publisher in Text.Null(0.5)
        from authors in Text.Array[0, 3]
        from date in Date.Nullable(0.3)
        from locator in Locator.Null(0.3)
        from claims in Claim.Array[0, 3]
        from notes in Text.Null(0.5)
        select new Func<string, Source>(id => new Source(id, title, kind, publisher, authors, date, locator, claims, notes));

    /// <summary>A term of a vocabulary.</summary>
    internal static Gen<TTerm> Term<TTerm>()
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm> => Gen.OneOfConst([.. TTerm.All]);

    private static Gen<Func<string, Study>> StudyWithId(string[] sourceIds)
    {
        var cites = Gen.OneOfConst(sourceIds).Array[1, 3].Select(ids => ids.Distinct().ToArray());
        var finding =
            from measure in Term<OutcomeMeasure>()
            from direction in Term<OutcomeDirection>()
            from population in Population
            from quote in Text
            from cited in cites
            from result in Result.Null(0.4)
            from timeFrame in TimeFrame.Null(0.5)
            select new Finding(measure, direction, population, quote, cited, result, timeFrame);
        var safety =
            from cited in cites
            from tolerability in Term<Tolerability>().Null(0.4)
            from adverseEvents in Text.Array[0, 2]
            from risks in Text.Array[0, 2]
            from quote in Text.Null(0.5)
            select new SafetyProfile(
                cited,
                tolerability ?? (adverseEvents.Length == 0 && risks.Length == 0 && quote is null ? Tolerability.WellTolerated : null),
                adverseEvents,
                risks,
                quote);
        var dates =
            from start in Date.Nullable(0.4)
            from completion in Date.Nullable(0.4)
            from startActuality in Actuality.Nullable(0.4)
            from completionActuality in Actuality.Nullable(0.4)
            let ordered = start is { } s && completion is { } c && s.ToDateInterval().Start > c.ToDateInterval().End ? (Start: completion, Completion: start) : (Start: start, Completion: completion)
            select (
                ordered.Start,
                StartActuality: ordered.Start is null ? null : startActuality,
                ordered.Completion,
                CompletionActuality: ordered.Completion is null ? null : completionActuality);
        var registration =
            from phase in Term<TrialPhase>().Null(0.3)
            from status in Term<StudyStatus>().Null(0.3)
            from designs in Term<StudyDesign>().Array[0, 3]
            from enrollment in Gen.Int[0, 100_000].Nullable(0.4)
            from enrollmentActuality in Actuality.Nullable(0.4)
            from reportedIn in Date.Nullable(0.4)
            from identifiers in RegistryIdentifier.Array[0, 2]
            select (
                Phase: phase,
                Status: status,
                Designs: designs.Distinct(),
                Enrollment: enrollment,
                EnrollmentActuality: enrollment is null ? null : enrollmentActuality,
                ReportedIn: reportedIn,
                Identifiers: identifiers);
        return
            from title in Text
            from disease in Term<Disease>()
            from courses in Gen.OneOfConst([.. DiseaseCourse.All.Where(course => course.Disease == disease)]).Array[0, 2]
            from institutions in Institution.Array[0, 2]
            from registered in registration
            from when in dates
            from interventions in Intervention.Array[0, 2]
            from measures in Term<OutcomeMeasure>().Array[0, 3]
            from scales in Term<ClinicalScale>().Array[0, 2]
            from findings in finding.Array[0, 3]
            from mechanisms in Mechanism.Array[0, 3]
            from safetyProfile in safety.Null(0.4)
            from cited in cites
            from evidence in EvidencePick.Array[0, 3]
            from notes in Text.Null(0.6)
            select new Func<string, Study>(id => new Study(
                id,
                title,
                disease,
                institutions,
                courses.Distinct(),
                registered.Phase,
                registered.Status,
                registered.Designs,
                registered.Enrollment,
                registered.EnrollmentActuality,
                registered.ReportedIn,
                when.Start,
                when.StartActuality,
                when.Completion,
                when.CompletionActuality,
                registered.Identifiers,
                interventions,
                measures.Distinct(),
                scales.Distinct(),
                findings,
                mechanisms,
                safetyProfile,
                EvidenceFor(evidence, [disease, .. courses, registered.Phase, registered.Status, .. registered.Designs, .. measures, .. scales, .. interventions.SelectMany(InterventionValues)], cited),
                cited,
                notes));
    }

    /// <summary>Which value and which cited source a piece of evidence is for (as indexes, taken modulo the counts), and its words.</summary>
    private static readonly Gen<(int Value, int Source, string Field, string Quote)> EvidencePick =
        from value in Gen.Int[0, 1000]
        from source in Gen.Int[0, 1000]
        from field in Text
        from quote in Text
        select (value, source, field, quote);

    private static IEnumerable<IVocabularyTerm?> InterventionValues(Intervention intervention) =>
        [intervention.StemCellType, intervention.TissueSource, intervention.DonorOrigin, .. intervention.DeliveryRoutes];

    /// <summary>Evidence for the study's own values, each citing one of the study's sources.</summary>
    private static TermEvidence[] EvidenceFor((int Value, int Source, string Field, string Quote)[] picks, IEnumerable<IVocabularyTerm?> values, string[] cited)
    {
        var terms = values.OfType<IVocabularyTerm>().ToArray();
        return [.. picks.Select(p => new TermEvidence(terms[p.Value % terms.Length], p.Field, p.Quote, cited[p.Source % cited.Length]))];
    }

    private static Gen<QuantitativeResult> Proportion() =>
        from denominator in Gen.Int[1, 500]
        from numerator in Gen.Int[0, denominator]
        from counts in Gen.Int[0, 3]
        from thousandths in Gen.Int[0, 1000]
        select (QuantitativeResult)(counts switch
        {
            0 => new Proportion(new decimal(thousandths, 0, 0, false, 3)),
            1 => new Proportion(new decimal(thousandths, 0, 0, false, 3), numerator),
            2 => new Proportion(new decimal(thousandths, 0, 0, false, 3), denominator: denominator),
            _ => new Proportion(Math.Round((decimal)numerator / denominator, 3), numerator, denominator),
        });

    private static int StepCount(ClinicalScale scale) => (int)((scale.Maximum!.Value - scale.Minimum!.Value) / scale.Step!.Value);

    private static decimal Hundredths(int value) => value / 100m;

    private static Gen<decimal> PositiveDecimal(int maxUnscaled, int maxScale) =>
        from unscaled in Gen.Int[1, maxUnscaled]
        from scale in Gen.Int[0, maxScale]
        select new decimal(unscaled, 0, 0, false, (byte)scale);

    private static Gen<decimal> SignedDecimal() =>
        from unscaled in Gen.Int[0, 1_000_000]
        from scale in Gen.Int[0, 6]
        from negative in Gen.Bool
        select new decimal(unscaled, 0, 0, negative, (byte)scale);
}
