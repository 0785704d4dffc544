// The README's quick start, line for line: tests/StemCell.Explorer.Tests/QuickStartTests.cs fails when the two differ.
// quick-start:begin
using System.Text.Json;
using StemCell.Domain;
using StemCell.Domain.Querying;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

// The sample dataset ships inside the package: 44 studies of stem cell therapy in MS and ALS.
var dataset = SampleDataset.Dataset;
Console.WriteLine(dataset);                                  // 47 source(s), 44 study(ies)

// Index it once; then every query is answered from the index, never by scanning.
var index = new DatasetIndex(dataset);
var studies = index.Studies
    .WithDisease(Disease.FromCode("ALS"))                    // codes and documented synonyms, any case
    .WithCellType(StemCellType.Neural)
    .Execute();

foreach (var study in studies)
{
    Console.WriteLine($"{study.Id}: {study.Title}");
    foreach (var finding in study.Findings)
    {
        Console.WriteLine($"  {finding}");                   // improved muscle-strength in some patients
    }
}

// One study in the dataset document's JSON format, and back; StemCellJson.Serialize writes whole datasets.
var json = JsonSerializer.Serialize(studies[0], StemCellJson.StudyTypeInfo);
Console.WriteLine(json);                                     // {"id":"johns-hopkins-nsc-als-2023","title":...
var roundTripped = JsonSerializer.Deserialize(json, StemCellJson.StudyTypeInfo);
Console.WriteLine(roundTripped == studies[0]);               // True: records compare by value
// quick-start:end
