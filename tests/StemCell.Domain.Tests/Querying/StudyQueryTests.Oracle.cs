using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Querying;

/// <summary>
/// Property-style tests: random queries over a dataset of many random studies, each answered by the index and by a
/// naive LINQ filter over the same studies (the oracle), which must agree exactly, order included. The seeds are fixed,
/// so a failure reproduces; the failure message names the seed, the query and the first study they disagree on.
/// </summary>
public sealed partial class StudyQueryTests
{
    private const int SyntheticStudyCount = 400;

    private const int QueriesPerSeed = 400;

    private static readonly StudyStatus[] SyntheticStatuses = [StudyStatus.Recruiting, StudyStatus.Completed, StudyStatus.Terminated];

    [Theory]
    [InlineData(20260101)]
    [InlineData(7)]
    [InlineData(424242)]
    public void Execute_RandomQueriesOverManyStudies_AgreesWithANaiveFilter(int seed)
    {
        var random = new Random(seed);
        var studies = Enumerable.Range(0, SyntheticStudyCount).Select(i => RandomStudy(random, i)).ToImmutableArray();
        var index = new DatasetIndex(new EvidenceDataset(sources: null, studies));
        var nonEmpty = 0;
        var multiCriterionNonEmpty = 0;

        for (var q = 0; q < QueriesPerSeed; q++)
        {
            var query = index.Studies;
            var filters = new List<Func<Study, bool>>();
            var criteria = random.Next(0, 5);
            for (var c = 0; c < criteria; c++)
            {
                query = AddRandomCriterion(random, query, filters);
            }

            var expected = studies.Where(s => filters.All(f => f(s))).ToList();
            var actual = query.Execute();

            Assert.True(
                expected.SequenceEqual(actual),
                $"Seed {seed}, query {q} ({query}): expected [{string.Join(", ", expected.Select(s => s.Id))}], got [{string.Join(", ", actual.Select(s => s.Id))}].");
            nonEmpty += actual.IsEmpty ? 0 : 1;
            multiCriterionNonEmpty += criteria >= 2 && !actual.IsEmpty ? 1 : 0;
        }

        // Guard the generator: a test whose every answer is empty would prove nothing.
        Assert.True(nonEmpty > QueriesPerSeed / 4, $"Only {nonEmpty} of {QueriesPerSeed} queries matched anything.");
        Assert.True(multiCriterionNonEmpty > QueriesPerSeed / 10, $"Only {multiCriterionNonEmpty} queries of two or more criteria matched anything.");
    }

    private static StudyQuery AddRandomCriterion(Random random, StudyQuery query, List<Func<Study, bool>> filters)
    {
        switch (random.Next(17))
        {
            case 0:
                var disease = Pick(random, Disease.All);
                filters.Add(s => s.Disease == disease);
                return query.WithDisease(disease);
            case 1:
                var course = Pick(random, DiseaseCourse.All);
                // Progressive MS also covers its secondary and primary kinds.
                filters.Add(s => s.Courses.Contains(course)
                    || (course == DiseaseCourse.ProgressiveMs
                        && s.Courses.Any(c => c == DiseaseCourse.SecondaryProgressiveMs || c == DiseaseCourse.PrimaryProgressiveMs)));
                return query.WithCourse(course);
            case 2:
                var cellType = Pick(random, StemCellType.All);
                filters.Add(s => s.Interventions.Any(i => i.StemCellType == cellType));
                return query.WithCellType(cellType);
            case 3:
                var tissue = Pick(random, TissueSource.All);
                filters.Add(s => s.Interventions.Any(i => i.TissueSource == tissue));
                return query.WithTissueSource(tissue);
            case 4:
                var route = Pick(random, DeliveryRoute.All);
                filters.Add(s => s.Interventions.Any(i => i.DeliveryRoutes.Contains(route)));
                return query.WithRoute(route);
            case 5:
                var mechanism = Pick(random, Mechanism.All);
                filters.Add(s => s.Mechanisms.Any(m => m.Mechanism == mechanism));
                return query.WithMechanism(mechanism);
            case 6:
                var outcome = Pick(random, OutcomeMeasure.All);
                filters.Add(s => s.OutcomeMeasures.Contains(outcome) || s.Findings.Any(f => f.OutcomeMeasure == outcome));
                return query.WithOutcomeMeasure(outcome);
            case 7:
                var phase = Pick(random, TrialPhase.All);
                filters.Add(s => s.Phase == phase);
                return query.WithPhase(phase);
            case 8:
                var minimum = Pick(random, TrialPhase.All.RemoveAt(0));
                filters.Add(s => s.Phase is { IsPhased: true } p && p.Value >= minimum.Value);
                return query.WithMinimumPhase(minimum);
            case 9:
                var maximum = Pick(random, TrialPhase.All.RemoveAt(0));
                filters.Add(s => s.Phase is { IsPhased: true } p && p.Value <= maximum.Value);
                return query.WithMaximumPhase(maximum);
            case 11:
                var donor = Pick(random, DonorOrigin.All);
                filters.Add(s => s.Interventions.Any(i => i.DonorOrigin == donor));
                return query.WithDonorOrigin(donor);
            case 12:
                var participants = random.Next(0, 250);
                filters.Add(s => s.Enrollment >= participants);
                return query.WithMinimumEnrollment(participants);
            case 13:
                var earliest = random.Next(2000, 2026);
                filters.Add(s => s.StartDate?.Year >= earliest);
                return query.WithMinimumStartYear(earliest);
            case 14:
                var latest = random.Next(2000, 2026);
                filters.Add(s => s.StartDate?.Year <= latest);
                return query.WithMaximumStartYear(latest);
            case 15:
                var registry = Pick(random, Registry.All);
                filters.Add(s => s.RegistryIdentifiers.Any(r => r.Registry == registry));
                return query.WithRegistry(registry);
            case 16:
                var nctId = $"NCT{random.Next(0, 60):D8}";
                filters.Add(s => s.RegistryIdentifiers.Any(r => r.Value == nctId));
                return query.WithRegistryIdentifier(nctId);
            default:
                var status = Pick(random, SyntheticStatuses);
                filters.Add(s => s.Status == status);
                return query.WithStatus(status);
        }
    }

    private static Study RandomStudy(Random random, int number)
    {
        var disease = Pick(random, Disease.All);
        var courses = DiseaseCourse.All.Where(c => c.Disease == disease && random.Next(3) == 0);
        var interventions = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Intervention(
            Pick(random, StemCellType.All),
            tissueSource: random.Next(3) == 0 ? null : Pick(random, TissueSource.All),
            donorOrigin: random.Next(3) == 0 ? null : Pick(random, DonorOrigin.All),
            deliveryRoutes: DeliveryRoute.All.Where(_ => random.Next(4) == 0)));
        var mechanisms = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => new ProposedMechanism(Pick(random, Mechanism.All), "proposed"));
        var findings = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => new Finding(Pick(random, OutcomeMeasure.All), OutcomeDirection.Improved, Population.AllParticipants, "reported", ["synthetic-source"]));

        return new Study(
            $"synthetic-study-{number}",
            $"Synthetic study {number}",
            disease,
            courses: courses,
            phase: random.Next(4) == 0 ? null : Pick(random, TrialPhase.All),
            status: random.Next(4) == 0 ? null : Pick(random, SyntheticStatuses),
            enrollment: random.Next(4) == 0 ? null : random.Next(0, 300),
            startDate: random.Next(4) == 0 ? null : PartialDate.FromYear(random.Next(2000, 2026)),
            registryIdentifiers: random.Next(2) == 0 ? [] : [RegistryIdentifier.FromNctId($"NCT{random.Next(0, 60):D8}")],
            interventions: interventions,
            outcomeMeasures: OutcomeMeasure.All.Where(_ => random.Next(6) == 0),
            findings: findings,
            mechanisms: mechanisms);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
