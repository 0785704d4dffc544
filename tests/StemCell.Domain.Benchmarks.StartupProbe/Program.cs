// The start-up probe StartupBenchmarks launches: the whole of a cold process's first use of the library, from loading
// the embedded sample dataset to the answer of one query. Prints the number of studies found and exits 0 only when
// the answer holds the study the sample dataset is known to contain.
using StemCell.Domain;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;

const string ExpectedStudy = "johns-hopkins-nsc-als-2023";

var index = new DatasetIndex(SampleDataset.Dataset);
var found = index.Studies.WithDisease(Disease.FromCode("als")).Execute();
Console.WriteLine(found.Length);
return found.Any(study => study.Id == ExpectedStudy) ? 0 : 1;
