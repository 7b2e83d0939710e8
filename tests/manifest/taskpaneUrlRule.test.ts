import { describe, expect, it } from 'vitest';
import { broken, findings } from './realManifest';

const taskpane = (xml: string, baseUrl?: string) =>
  findings(xml, baseUrl ? { baseUrl } : {}).filter((finding) => finding.rule === 'taskpaneUrl');

describe('taskpaneUrlRule', () => {
  it('happy path: DefaultSettings and the button open taskpane.html, which the build produces', () => {
    expect(taskpane(broken('taskpane.html', 'taskpane.html'))).toEqual([]);
  });

  it('given DefaultSettings pointing at a page the build does not produce, reports it', () => {
    const result = taskpane(
      broken(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"',
        '<SourceLocation DefaultValue="https://localhost:3000/index.html"',
      ),
    );
    expect(result.map((f) => f.path)).toEqual(['OfficeApp/DefaultSettings/SourceLocation']);
    expect(result[0]!.message).toMatch(
      /^task pane URL https:\/\/localhost:3000\/index.html is not a page the build produces/,
    );
  });

  it('given the button URL resource on another host, reports it at the button', () => {
    const result = taskpane(
      broken(
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3001/taskpane.html"',
      ),
    );
    expect(result).toHaveLength(1);
    expect(result[0]!.path).toMatch(/Action\/SourceLocation$/);
  });

  it('given a manifest checked against another base URL than it was built for, reports both task pane URLs', () => {
    expect(taskpane(broken('<Id>', '<Id>'), 'https://addins.example.se/skolkostnad')).toHaveLength(2);
  });
});
