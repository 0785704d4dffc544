namespace StemCell.Domain.Model;

// Temporary until the model's own check paths land (branch checks): builds through the public constructors.
internal static class TemporaryFactory
{
    internal static T? Create<T>(ProblemCollector problems, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            if (e is ArgumentOutOfRangeException { ActualValue: not null } && message.LastIndexOf(Environment.NewLine, StringComparison.Ordinal) is > 0 and var cut)
            {
                message = message[..cut];
            }

            var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
            var index = suffix is null ? -1 : message.IndexOf(suffix, StringComparison.Ordinal);
            problems.Add(e.ParamName ?? string.Empty, index < 0 ? message : message.Remove(index, suffix!.Length));
            return null;
        }
    }
}
