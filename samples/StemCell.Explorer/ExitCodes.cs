namespace StemCell.Explorer;

/// <summary>The Explorer's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked; for <c>validate</c>, the file is a valid dataset.</summary>
    public const int Success = 0;

    /// <summary>The command could not do it: for <c>validate</c>, the file is not a valid dataset or cannot be read.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing argument, or a value that is not valid.</summary>
    public const int UsageError = 2;
}
