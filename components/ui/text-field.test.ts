import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./text-field";

const noop = (): void => undefined;

describe("TextField", () => {
  it("held in the component's own state: shows its value, and ties its hint and error to the input", () => {
    const html = renderToStaticMarkup(
      createElement(TextField, {
        id: "name",
        label: "Name",
        hint: "As the team calls it",
        error: "Enter a name",
        value: "Claims",
        onChange: noop,
      }),
    );
    expect(html).toContain('<label class="label" for="name">Name</label>');
    expect(html).toContain('value="Claims"');
    expect(html).toContain('aria-describedby="name-hint name-error"');
    expect(html).toContain('aria-invalid="true"');
  });

  it("registered with react-hook-form: takes the registration's name", () => {
    const registration = { name: "name" as const, onChange: async () => undefined, onBlur: async () => undefined, ref: noop };
    const html = renderToStaticMarkup(createElement(TextField, { id: "name", label: "Name", registration }));
    expect(html).toContain('name="name"');
    expect(html).not.toContain("aria-describedby");
  });
});
