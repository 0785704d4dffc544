using StemCell.Domain.Vocabulary;

var failures = 0;

void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"FAIL: {what}");
        failures++;
    }
}

Check(CodeSystem.FromCode("snomed-ct") == CodeSystem.SnomedCt, "CodeSystem.FromCode");
Check(CodeSystem.All.Length > 0, "CodeSystem.All");

Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
