using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Queries answered by a <see cref="DatasetIndex"/>, against a linear scan of the dataset's studies (the baseline) that
/// gives the same answers, on datasets of 10, 10,000 and 1,000,000 studies. Three kinds of question: a study by id; a
/// selective query whose answers are the same few studies at every size (see <see cref="SyntheticData.RareCourseLimit"/>);
/// and a broad one whose answers grow with the dataset (a twenty-fourth of it), where an index can only save the scan.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private ImmutableArray<Study> _studies = [];
    private DatasetIndex _index = new(EvidenceDataset.Empty);
    private string _lastId = "";

    [ParamsSource(nameof(Sizes))]
    public int Studies { get; set; }

    public static IEnumerable<int> Sizes => Smoke.IsOn ? [10, 1_000] : [10, 10_000, 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        var dataset = SyntheticData.Dataset(Studies);
        _studies = dataset.Studies;
        _index = new DatasetIndex(dataset);
        _lastId = _studies[^1].Id;
        if (!ScanRareCourse().SequenceEqual(IndexRareCourse()) || !ScanBroad().SequenceEqual(IndexBroad()) || ScanById() != IndexById())
        {
            throw new InvalidOperationException("The index and the scan give different answers.");
        }
    }

    [Benchmark(Baseline = true, Description = "Linear scan")]
    [BenchmarkCategory("By id")]
    public Study? ScanById()
    {
        foreach (var study in _studies)
        {
            if (study.Id == _lastId)
            {
                return study;
            }
        }

        return null;
    }

    [Benchmark(Description = "DatasetIndex")]
    [BenchmarkCategory("By id")]
    public Study IndexById() => _index.GetStudy(_lastId);

    [Benchmark(Baseline = true, Description = "Linear scan")]
    [BenchmarkCategory("Selective: MS, clinically isolated syndrome")]
    public ImmutableArray<Study> ScanRareCourse() =>
        [.. _studies.Where(s => s.Disease == Disease.MultipleSclerosis && s.Courses.Contains(DiseaseCourse.ClinicallyIsolatedSyndrome))];

    [Benchmark(Description = "DatasetIndex")]
    [BenchmarkCategory("Selective: MS, clinically isolated syndrome")]
    public ImmutableArray<Study> IndexRareCourse() =>
        _index.Studies.WithDisease(Disease.MultipleSclerosis).WithCourse(DiseaseCourse.ClinicallyIsolatedSyndrome).Execute();

    [Benchmark(Baseline = true, Description = "Linear scan")]
    [BenchmarkCategory("Broad: ALS, neural cells, phase 2 or later")]
    public ImmutableArray<Study> ScanBroad() =>
        [.. _studies.Where(s => s.Disease == Disease.AmyotrophicLateralSclerosis
            && s.Interventions.Any(i => i.StemCellType == StemCellType.Neural)
            && s.Phase is { IsPhased: true } phase && phase.Value >= TrialPhase.Phase2.Value)];

    [Benchmark(Description = "DatasetIndex")]
    [BenchmarkCategory("Broad: ALS, neural cells, phase 2 or later")]
    public ImmutableArray<Study> IndexBroad() =>
        _index.Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).WithCellType(StemCellType.Neural).WithMinimumPhase(TrialPhase.Phase2).Execute();
}
