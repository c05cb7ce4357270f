const __whaleModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command2) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command2))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command3 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command2 = this; command2; command2 = command2.parent) {
          result.push(command2);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err2) => {
            if (err2.code !== "commander.executeSubCommandAsync") {
              throw err2;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err2) {
          if (err2.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err2.message}`;
            this.error(message, { exitCode: err2.exitCode, code: err2.code });
          }
          throw err2;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command2) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command2).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command2).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command2);
        this.commands.push(command2);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err2) => {
          if (err2.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err2.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err2;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command2 = this;
          do {
            const moreFlags = command2.createHelp().visibleOptions(command2).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command2 = command2.parent;
          } while (command2 && !command2._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command2) => {
            candidateNames.push(command2.name());
            if (command2.alias()) candidateNames.push(command2.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command2 = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command2 = this.commands[this.commands.length - 1];
        }
        if (alias === command2._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command2._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command2) => command2.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command2) => command2.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command3;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command3 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command3();
    exports2.createCommand = (name) => new Command3(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command3;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument2 = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Argument = void 0;
    var Argument2 = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports2.Argument = Argument2;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONArgument = void 0;
    var argument_1 = require_argument2();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports2.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command2,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command2, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command3) {
      function create(title, command2, ...args) {
        const result = { title, command: command2 };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command3.is = is;
    })(Command2 || (Command2 = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version2) {
        return { uri, version: version2 };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version2) {
        return { uri, version: version2 };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version2, text) {
        return { uri, languageId, version: version2, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command2.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command2.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command2.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command2.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command2) {
        return { insertText, filterText, range, command: command2 };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version2, content) {
        return new FullTextDocument(uri, languageId, version2, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits2(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits2;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version2, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version2;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version2) {
        this._content = event.text;
        this._version = version2;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports2.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports2.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports2.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version2, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version2;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version2) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version2;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version2, content) {
        return new FullTextDocument2(uri, languageId, version2, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version2) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version2);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits2(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits2;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports2.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports2.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports2.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument2();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports2.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports2.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports2.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports2.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument2();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted2 = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted2) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted2 = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted2) {
                  escapedArg = escapedArg + char;
                  quoted2 = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted2) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted2) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted2) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted2) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports2.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports2.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before2 = value.charAt(index - 1);
          if (initial === '"' && before2 === '"' || initial === "'" && before2 === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports2.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument2();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports2.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports2.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry2 = content.substring(0, startingSlashIndex);
          if (registry2 === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports2.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports2.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports2.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports2.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports2.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports2.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DockerfileParser = exports2.DefaultVariables = exports2.Directive = exports2.Keyword = exports2.Workdir = exports2.Volume = exports2.User = exports2.Stopsignal = exports2.Shell = exports2.Run = exports2.PropertyInstruction = exports2.Onbuild = exports2.ModifiableInstruction = exports2.Label = exports2.JSONInstruction = exports2.Heredoc = exports2.Healthcheck = exports2.From = exports2.Env = exports2.Entrypoint = exports2.Copy = exports2.Cmd = exports2.Arg = exports2.Add = exports2.Variable = exports2.Property = exports2.ParserDirective = exports2.Line = exports2.Instruction = exports2.Flag = exports2.Comment = exports2.JSONArgument = exports2.Argument = void 0;
    var argument_1 = require_argument2();
    Object.defineProperty(exports2, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports2, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports2, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports2, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports2, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports2, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports2, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports2, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports2, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports2, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports2, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports2, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports2, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports2, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports2, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports2, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports2, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports2, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports2, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports2, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports2, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports2, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports2, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports2, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports2, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports2, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports2, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports2, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports2, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports2.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports2.Directive = Directive = {}));
    exports2.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser2 = new parser_1.Parser();
        return parser2.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports2.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports2, module2) {
    module2.exports = require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports2, module2) {
    module2.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports2, module2) {
    var FixedFIFO = require_fixed_size();
    module2.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports2, module2) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy2(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module2.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy: copy2,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports2, module2) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module2.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports2, module2) {
    module2.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports2, module2) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline2(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve2, reject) {
              promiseResolve = resolve2;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve2, reject) => {
            if (stream._duplexState & DESTROYED) return resolve2({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve2) => {
          state.drains.push({ writes, resolve: resolve2 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve2, reject) => {
        return pipeline2(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve2();
        });
      });
    }
    function pipeline2(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module2.exports = {
      pipeline: pipeline2,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports2) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports2.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports2.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports2.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports2.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports2.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports2, module2) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained2 = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained2) this._stream._detach();
          return drained2 && this._locked === false;
        }
        return drained2;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve2, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve2({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve2;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve2, reject) => {
            if (extract.destroyed) return resolve2({ value: void 0, done: true });
            extract.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module2.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports2, module2) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module2.exports = require("fs").constants || constants;
    } catch {
      module2.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports2, module2) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module2.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports2) {
    exports2.extract = require_extract();
    exports2.pack = require_pack();
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
function describeIoError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOTREG":
      return "not a regular file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// src/cli/lint.ts
var import_node_fs8 = require("node:fs");

// src/lint/config.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// src/lint/rule.ts
var SEVERITIES = ["error", "warning", "info", "style"];
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function defineRule(rule) {
  return rule;
}

// src/yaml-file.ts
var import_node_fs = require("node:fs");

// src/lazy.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(__filename);
function lazy(id) {
  let module2;
  return () => module2 ??= load(id);
}

// src/yaml-file.ts
var yaml = lazy("yaml");
function readYamlFile(path, what) {
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: cannot read ${what} (${describeIoError(error)})`);
  }
  try {
    return yaml().parse(text);
  } catch (error) {
    const where = error instanceof yaml().YAMLParseError && error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${path}${where}: invalid YAML: ${message}`);
  }
}

// src/image/ci.ts
var GATE_NAMES = ["lowestEfficiency", "highestWastedBytes", "highestUserWastedPercent"];
var DEFAULT_CI_RULES = {
  lowestEfficiency: 0.9,
  highestWastedBytes: null,
  highestUserWastedPercent: 0.1
};
var GATE_FLAGS = {
  lowestEfficiency: "--lowest-efficiency",
  highestWastedBytes: "--highest-wasted-bytes",
  highestUserWastedPercent: "--highest-user-wasted-percent"
};
function evaluateCi(analysis, rules) {
  const gates = GATE_NAMES.map((name) => {
    const threshold = rules[name];
    const value = name === "lowestEfficiency" ? analysis.efficiency : name === "highestWastedBytes" ? analysis.wastedBytes : analysis.wastedUserPercent;
    if (threshold === null) return { name, status: "skip", threshold: null, value };
    let failed;
    if (name === "lowestEfficiency") failed = analysis.efficiency < threshold;
    else if (name === "highestWastedBytes") failed = analysis.wastedBytes > threshold;
    else failed = analysis.wastedUserPercent === null ? analysis.wastedBytes > 0 : analysis.wastedUserPercent > threshold;
    return { name, status: failed ? "fail" : "pass", threshold, value };
  });
  return { pass: gates.every((gate) => gate.status !== "fail"), gates };
}
function mergeCiRules(...sources) {
  const rules = { ...DEFAULT_CI_RULES };
  for (const source of sources) {
    for (const name of GATE_NAMES) if (source[name] !== void 0) rules[name] = source[name];
  }
  return rules;
}
function parseGateValue(name, raw, where) {
  if (raw === null || raw === void 0 || raw === false) return null;
  if (typeof raw !== "string" && typeof raw !== "number") {
    throw new UsageError(`${where}: expected a ${name === "highestWastedBytes" ? "size" : "ratio"} or "disabled"`);
  }
  const text = String(raw).trim();
  if (text === "" || /^(disabled|off|false)$/i.test(text)) return null;
  if (name === "highestWastedBytes") {
    const bytes = parseBytes(text);
    if (bytes === null) throw new UsageError(`${where}: "${text}" is not a size (bytes, or with a unit such as 20MB or 50MiB)`);
    return bytes;
  }
  const ratio2 = /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(ratio2) || ratio2 < 0 || ratio2 > 1) {
    throw new UsageError(`${where}: "${text}" is not a ratio between 0 and 1`);
  }
  return ratio2;
}
var UNITS = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  ki: 2 ** 10,
  kib: 2 ** 10,
  m: 1e6,
  mb: 1e6,
  mi: 2 ** 20,
  mib: 2 ** 20,
  g: 1e9,
  gb: 1e9,
  gi: 2 ** 30,
  gib: 2 ** 30,
  t: 1e12,
  tb: 1e12,
  ti: 2 ** 40,
  tib: 2 ** 40,
  p: 1e15,
  pb: 1e15,
  pi: 2 ** 50,
  pib: 2 ** 50,
  e: 1e18,
  eb: 1e18,
  ei: 2 ** 60,
  eib: 2 ** 60
};
function parseBytes(text) {
  const match = /^\s*([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === void 0) return null;
  const value = Number(match[1].replace(/,/g, "")) * unit;
  return Number.isFinite(value) ? Math.floor(value) : null;
}
function parseCiRules(rules, where) {
  if (rules === null || rules === void 0) return {};
  if (typeof rules !== "object" || Array.isArray(rules)) throw new UsageError(`${where}: expected a mapping of ${GATE_NAMES.join(", ")}`);
  const result = {};
  for (const [key, value] of Object.entries(rules)) {
    if (!GATE_NAMES.includes(key)) throw new UsageError(`${where}.${key}: unknown gate; allowed: ${GATE_NAMES.join(", ")}`);
    result[key] = parseGateValue(key, value, `${where}.${key}`);
  }
  return result;
}
function loadDiveCi(path) {
  const data = readYamlFile(path, "the CI configuration");
  if (data === null || data === void 0) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new UsageError(`${path}: expected a mapping with a "rules" key`);
  return parseCiRules(data["rules"], `${path}: rules`);
}
function ciRulesFromFlags(flags) {
  const result = {};
  for (const name of GATE_NAMES) {
    const value = flags[name];
    if (value !== void 0) result[name] = parseGateValue(name, value, GATE_FLAGS[name]);
  }
  return result;
}

// src/lint/hadolint-config.ts
var KNOWN_KEYS = [
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "failure-threshold",
  "no-fail",
  "disable-ignore-pragma",
  "format",
  "no-color",
  "verbose",
  "output-file"
];
function loadHadolintConfig(path, registry2) {
  const data = readYamlFile(path, "the hadolint configuration") ?? {};
  const fail = (key, message) => {
    throw new UsageError(`${path}: ${key}: ${message}`);
  };
  if (typeof data !== "object" || Array.isArray(data)) return fail("(top level)", "expected a mapping");
  const record = data;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.includes(key)) fail(key, `unknown key; hadolint's keys are ${KNOWN_KEYS.join(", ")}`);
  const config = defaultConfig(registry2);
  config.path = path;
  const codes = (key, value) => {
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) return fail(key, "expected a list of rule codes");
    return value;
  };
  const settingOf = (code) => {
    const rule = registry2.find(code);
    return rule ? config.rules.get(rule.id) : void 0;
  };
  for (const code of codes("ignored", record["ignored"])) {
    const setting = settingOf(code);
    if (setting) setting.enabled = false;
  }
  const override = record["override"];
  if (override !== void 0 && override !== null) {
    if (typeof override !== "object" || Array.isArray(override)) fail("override", `expected a mapping of ${SEVERITIES.join(", ")} to rule codes`);
    for (const [severity, list] of Object.entries(override)) {
      if (!SEVERITIES.includes(severity)) fail(`override.${severity}`, `expected one of ${SEVERITIES.join(", ")}`);
      for (const code of codes(`override.${severity}`, list)) {
        const setting = settingOf(code);
        if (setting) setting.severity = severity;
      }
    }
  }
  const withOption = (option, value) => {
    for (const rule of registry2.rules) {
      if (!rule.options?.[option]) continue;
      const setting = config.rules.get(rule.id);
      setting.options[option] = value;
      setting.enabled = true;
    }
  };
  const trusted = record["trustedRegistries"];
  if (trusted !== void 0 && trusted !== null) {
    const list = typeof trusted === "string" ? [trusted] : trusted;
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) fail("trustedRegistries", "expected a registry or a list of registries");
    withOption("trustedRegistries", list);
  }
  const schema = record["label-schema"];
  if (schema !== void 0 && schema !== null) {
    if (typeof schema !== "object" || Array.isArray(schema) || Object.values(schema).some((v) => typeof v !== "string")) {
      fail("label-schema", "expected a mapping of label names to text, url, email, semver, rfc3339, hash or spdx");
    }
    withOption("labelSchema", schema);
  }
  if (record["strict-labels"] === true) withOption("strictLabels", true);
  const threshold = record["failure-threshold"];
  if (threshold !== void 0 && threshold !== null) {
    const value = String(threshold);
    if (value === "ignore" || value === "none") config.failureThreshold = "none";
    else if (SEVERITIES.includes(value)) config.failureThreshold = value;
    else fail("failure-threshold", `expected one of ${[...SEVERITIES, "ignore", "none"].join(", ")}`);
  }
  if (record["no-fail"] === true) config.failureThreshold = "none";
  config.disableIgnorePragma = record["disable-ignore-pragma"] === true;
  return config;
}

// src/lint/config.ts
var picomatch = lazy("picomatch");
var CONFIG_NAMES = [".whale.yaml", ".whale.yml"];
var HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"];
var THRESHOLDS = [...SEVERITIES, "none"];
var TOP_LEVEL_KEYS = ["rules", "ignore", "failure-threshold", "image"];
var IMAGE_KEYS = ["ci"];
var RULE_KEYS = ["severity", "options"];
function defaultConfig(registry2) {
  return {
    path: null,
    rules: new Map(registry2.rules.map((rule) => [rule.id, defaultSetting(rule)])),
    isIgnored: () => false,
    failureThreshold: null,
    imageCi: {},
    disableIgnorePragma: false
  };
}
function defaultSetting(rule) {
  const options = {};
  for (const [name, spec] of Object.entries(rule.options ?? {})) options[name] = spec.default;
  return { enabled: rule.enabledByDefault !== false, severity: rule.severity, options };
}
function loadConfig(path, registry2) {
  return validateConfig(readYamlFile(path, "the configuration") ?? {}, path, registry2);
}
function validateConfig(data, path, registry2) {
  const fail = (key, message) => {
    throw new UsageError(`${path}: ${key}: ${message}`);
  };
  if (!isRecord(data)) fail("(top level)", "expected a mapping with keys " + TOP_LEVEL_KEYS.join(", "));
  const record = data;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(key, `unknown key; allowed: ${TOP_LEVEL_KEYS.join(", ")}`);
  }
  const config = defaultConfig(registry2);
  config.path = path;
  const rules = record["rules"];
  if (rules !== void 0 && rules !== null) {
    if (!isRecord(rules)) fail("rules", "expected a mapping of rule id to a setting");
    for (const [name, value] of Object.entries(rules)) {
      const rule = registry2.find(name);
      if (!rule) fail(`rules.${name}`, "unknown rule; `whale rules` lists them");
      const setting = config.rules.get(rule.id);
      applyRuleSetting(setting, value, rule, `rules.${name}`, fail);
    }
  }
  const ignore = record["ignore"];
  if (ignore !== void 0 && ignore !== null) {
    if (!Array.isArray(ignore) || ignore.some((p) => typeof p !== "string")) fail("ignore", "expected a list of path patterns");
    const matcher = picomatch()(ignore, { dot: true });
    const base = (0, import_node_path.dirname)((0, import_node_path.resolve)(path));
    config.isIgnored = (file) => {
      const rel = (0, import_node_path.relative)(base, (0, import_node_path.resolve)(file)).split(import_node_path.sep).join("/");
      return !rel.startsWith("..") && (matcher(rel) || rel.split("/").some((_, i, parts) => matcher(parts.slice(0, i + 1).join("/"))));
    };
  }
  const threshold = record["failure-threshold"];
  if (threshold !== void 0 && threshold !== null) {
    if (typeof threshold !== "string" || !THRESHOLDS.includes(threshold)) {
      fail("failure-threshold", `expected one of ${THRESHOLDS.join(", ")}`);
    }
    config.failureThreshold = threshold;
  }
  const image = record["image"];
  if (image !== void 0 && image !== null) {
    if (!isRecord(image)) fail("image", `expected a mapping with keys ${IMAGE_KEYS.join(", ")}`);
    for (const key of Object.keys(image)) if (!IMAGE_KEYS.includes(key)) fail(`image.${key}`, `unknown key; allowed: ${IMAGE_KEYS.join(", ")}`);
    config.imageCi = parseCiRules(image["ci"], `${path}: image.ci`);
  }
  return config;
}
function applyRuleSetting(setting, value, rule, key, fail) {
  const levels = ["off", "on", ...SEVERITIES];
  if (typeof value === "string" || typeof value === "boolean") {
    const level = value === true ? "on" : value === false ? "off" : value;
    if (!levels.includes(level)) fail(key, `expected one of ${levels.join(", ")}, or a mapping with severity and options`);
    setLevel(setting, level);
    return;
  }
  if (!isRecord(value)) fail(key, `expected one of ${levels.join(", ")}, or a mapping with severity and options`);
  const record = value;
  for (const name of Object.keys(record)) if (!RULE_KEYS.includes(name)) fail(`${key}.${name}`, `unknown key; allowed: ${RULE_KEYS.join(", ")}`);
  if (record["severity"] !== void 0) {
    const level = record["severity"];
    if (typeof level !== "string" || !levels.includes(level)) fail(`${key}.severity`, `expected one of ${levels.join(", ")}`);
    setLevel(setting, level);
  }
  if (record["options"] !== void 0) {
    const options = record["options"];
    if (!isRecord(options)) fail(`${key}.options`, "expected a mapping");
    const specs = rule.options ?? {};
    for (const [name, optionValue] of Object.entries(options)) {
      const spec = specs[name];
      if (!spec) {
        const known = Object.keys(specs);
        fail(`${key}.options.${name}`, known.length ? `unknown option; allowed: ${known.join(", ")}` : "this rule takes no options");
      }
      if (!matchesType(optionValue, spec.type)) fail(`${key}.options.${name}`, `expected ${spec.type}`);
      const problem3 = spec.validate?.(optionValue);
      if (problem3) fail(`${key}.options.${name}`, problem3);
      setting.options[name] = optionValue;
    }
  }
}
function setLevel(setting, level) {
  if (level === "off") setting.enabled = false;
  else {
    setting.enabled = true;
    if (level !== "on") setting.severity = level;
  }
}
function matchesType(value, type) {
  if (type === "string[]") return Array.isArray(value) && value.every((v) => typeof v === "string");
  if (type === "map") return isRecord(value) && Object.values(value).every((v) => typeof v === "string");
  return typeof value === type;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var ConfigResolver = class {
  constructor(registry2, explicit) {
    this.registry = registry2;
    this.explicit = explicit;
  }
  registry;
  explicit;
  byFolder = /* @__PURE__ */ new Map();
  forFile(file) {
    if (this.explicit) return this.explicit;
    return this.forFolder((0, import_node_path.dirname)((0, import_node_path.resolve)(file)));
  }
  /** The configuration that applies in a folder (for commands that lint no file, such as `whale image`). */
  forFolder(folder) {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let config = null;
    for (const name of [...CONFIG_NAMES, ...HADOLINT_CONFIG_NAMES]) {
      const candidate = (0, import_node_path.join)(folder, name);
      if ((0, import_node_fs2.existsSync)(candidate) && (0, import_node_fs2.statSync)(candidate).isFile()) {
        config = CONFIG_NAMES.includes(name) ? loadConfig(candidate, this.registry) : loadHadolintConfig(candidate, this.registry);
        break;
      }
    }
    if (!config) {
      const parent = (0, import_node_path.dirname)(folder);
      config = parent === folder ? defaultConfig(this.registry) : this.forFolder(parent);
    }
    this.byFolder.set(folder, config);
    return config;
  }
};

// src/lint/discover.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");
var tinyglobby = lazy("tinyglobby");
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var DOCKERFILE_NAME = /^(.*[._-])?(dockerfile|containerfile)(\.[A-Za-z0-9_.-]+)?$/i;
var NOT_A_DOCKERFILE = /\.(dockerignore|md|txt|json|ya?ml|toml|sh|template|tmpl|j2|jinja2?|orig|rej|bak|swp|patch|diff|html|erb|mustache|go|py|js|mjs|cjs|ts|rs|java|rb|php|c|h|cc|cpp|cs|kt|swift|pl|lua|ex|exs)$/i;
function isDockerfileName(name) {
  return DOCKERFILE_NAME.test(name) && !NOT_A_DOCKERFILE.test(name);
}
function discover(paths) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      add("-");
      continue;
    }
    let stats;
    try {
      stats = (0, import_node_fs3.statSync)(path);
    } catch (error) {
      if (tinyglobby().isDynamicPattern(path)) {
        const matches2 = tinyglobby().globSync(path, { absolute: (0, import_node_path2.isAbsolute)(path), expandDirectories: false, onlyFiles: false }).filter((match) => !match.split(/[\\/]/).some((part) => SKIPPED_FOLDERS.has(part))).sort();
        if (matches2.length === 0) throw new UsageError(`${path}: no file matches this pattern`);
        for (const match of matches2) {
          if ((0, import_node_fs3.statSync)(match).isDirectory()) walk(match, add);
          else if (isDockerfileName((0, import_node_path2.basename)(match))) add(match);
        }
        continue;
      }
      throw new UsageError(`${path}: ${describeIoError(error)}`);
    }
    if (stats.isDirectory()) {
      const before2 = files.length;
      walk(path, add);
      if (files.length === before2) throw new UsageError(`${path}: no Dockerfiles found in this directory`);
    } else add(path);
  }
  return files;
}
function walk(folder, add) {
  let entries;
  try {
    entries = (0, import_node_fs3.readdirSync)(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${folder}: cannot read the directory (${describeIoError(error)})`);
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const full = (0, import_node_path2.join)(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, add);
    } else if (isDockerfileName(entry.name)) add(full);
  }
}

// src/lint/lint-files.ts
var import_node_fs6 = require("node:fs");

// src/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main());

// src/dockerfile/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  text;
  lineStarts = [0];
  get lineCount() {
    return this.lineStarts.length;
  }
  offsetAt(position) {
    const start = this.lineStarts[Math.min(position.line, this.lineStarts.length - 1)] ?? 0;
    return Math.min(start + position.character, this.text.length);
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }
  range(startOffset, endOffset) {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
  /** The text of one line without its line break. */
  lineText(line) {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
  slice(range) {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
};
function comparePositions(a, b) {
  return a.line - b.line || a.character - b.character;
}

// src/dockerfile/variables.ts
var BUILTIN_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy",
  "BUILDKIT_SYNTAX",
  "BUILDKIT_CACHE_MOUNT_NS",
  "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
  "BUILDKIT_INLINE_CACHE",
  "BUILDKIT_MULTI_PLATFORM",
  "BUILDKIT_SANDBOX_HOSTNAME",
  "BUILDKIT_DOCKERFILE_CHECK",
  "SOURCE_DATE_EPOCH"
];
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
function scopeLookup(scope) {
  return (name) => {
    const variable = scope.get(name);
    return variable === void 0 ? void 0 : variable.value;
  };
}
function expand(text, lookup2, escapeChar = "\\", removeQuotes = true) {
  const references = [];
  const unresolved = [];
  let out = "";
  let i = 0;
  let quote = null;
  const resolve2 = (name) => {
    const value = lookup2(name);
    if (value === void 0 || value === null) unresolved.push(name);
    return value;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1];
      if (quote === '"' && next !== '"' && next !== escapeChar && next !== "$") out += c;
      out += next;
      i += 2;
      continue;
    }
    if (removeQuotes && (c === '"' || c === "'")) {
      if (quote === null) {
        quote = c;
        i++;
        continue;
      }
      if (quote === c) {
        quote = null;
        i++;
        continue;
      }
    }
    if (c === "$" && quote !== "'") {
      const start = i;
      if (text[i + 1] === "{") {
        const close = findClosingBrace(text, i + 2);
        if (close < 0) {
          out += text.slice(i);
          break;
        }
        const body = text.slice(i + 2, close);
        const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
        if (!match) {
          out += text.slice(i, close + 1);
          i = close + 1;
          continue;
        }
        const name = match[1];
        const operator = match[2];
        const word = match[3] ?? "";
        references.push({ name, offset: start, length: close + 1 - start });
        const value = lookup2(name);
        const set = value !== void 0 && value !== null;
        const nonEmpty = set && value !== "";
        const inner = () => expand(word, lookup2, escapeChar, false);
        if (operator === ":-" || operator === "-") {
          const useValue = operator === ":-" ? nonEmpty : set;
          if (useValue) out += value;
          else {
            const nested = inner();
            out += nested.value;
            unresolved.push(...nested.unresolved);
            references.push(...nested.references.map((r) => ({ ...r, offset: r.offset + start + name.length + 4 })));
          }
        } else if (operator === ":+" || operator === "+") {
          const useAlt = operator === ":+" ? nonEmpty : set;
          if (useAlt) out += inner().value;
        } else if (operator === ":?" || operator === "?") {
          if (set) out += value;
          else unresolved.push(name);
        } else {
          const resolved = resolve2(name);
          if (typeof resolved === "string") out += resolved;
        }
        i = close + 1;
        continue;
      }
      if (i + 1 < text.length && NAME_START.test(text[i + 1])) {
        let j = i + 1;
        while (j < text.length && NAME_CHAR.test(text[j])) j++;
        const name = text.slice(i + 1, j);
        references.push({ name, offset: start, length: j - start });
        const resolved = resolve2(name);
        if (typeof resolved === "string") out += resolved;
        i = j;
        continue;
      }
    }
    out += c;
    i++;
  }
  return { value: out, unresolved, references };
}
function findClosingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function unquote(text, escapeChar = "\\") {
  let out = "";
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1];
      if (quote === '"' && next !== '"' && next !== escapeChar && next !== "$") out += c;
      out += next;
      i++;
    } else if ((c === '"' || c === "'") && (quote === null || quote === c)) {
      quote = quote === null ? c : null;
    } else out += c;
  }
  return out;
}

// src/dockerfile/image-ref.ts
function parseImageReference(reference) {
  let rest = reference;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry2 = null;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry2 = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry: registry2, repository: rest, tag, digest };
}
function officialName(repository) {
  return repository.startsWith("library/") ? repository.slice("library/".length) : repository;
}
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function onDockerHub(image) {
  return image.registry === null || DOCKER_HUB.has(image.registry);
}
function dockerHubName(image) {
  if (!onDockerHub(image)) return null;
  const repository = officialName(image.repository);
  return repository.includes("/") ? null : repository;
}

// src/dockerfile/shell.ts
var import_tree_sitter = __toESM(require("tree-sitter"));
var import_tree_sitter_bash = __toESM(require("tree-sitter-bash"));

// src/dockerfile/commands/schema.ts
function defineSchema(schema) {
  return schema;
}

// src/dockerfile/commands/apt.ts
var apt = defineSchema({
  names: ["apt-get", "apt", "apt-cache"],
  valueFlags: [
    "-o",
    "--option",
    "-c",
    "--config-file",
    "-t",
    "--target-release",
    "--default-release",
    "-a",
    "--host-architecture",
    "-P",
    "--build-profiles",
    "--solver",
    "--planner"
  ],
  subcommands: true
});

// src/dockerfile/commands/apk.ts
var apk = defineSchema({
  names: ["apk"],
  valueFlags: [
    "-X",
    "--repository",
    "-t",
    "--virtual",
    "-p",
    "--root",
    "--arch",
    "--cache-dir",
    "--repositories-file",
    "--keys-dir",
    "--cache-max-age",
    "--timeout",
    "--progress-fd"
  ],
  subcommands: true
});

// src/dockerfile/commands/pip.ts
var pip = defineSchema({
  names: ["pip", "pip2", "pip3", "pip3.8", "pip3.9", "pip3.10", "pip3.11", "pip3.12", "pip3.13"],
  valueFlags: [
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-e",
    "--editable",
    "-t",
    "--target",
    "--prefix",
    "--root",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--cache-dir",
    "--src",
    "--upgrade-strategy",
    "--platform",
    "--python-version",
    "--implementation",
    "--abi",
    "--only-binary",
    "--no-binary",
    "--progress-bar",
    "--trusted-host",
    "--log",
    "--log-file",
    "--proxy",
    "--retries",
    "--timeout",
    "--exists-action",
    "--cert",
    "--client-cert",
    "--global-option",
    "--install-option",
    "--config-settings",
    "-C",
    "--root-user-action",
    "--report",
    "--download-cache",
    "--python",
    "-d",
    "--dest",
    "--use-feature",
    "--use-deprecated",
    "--keyring-provider",
    "--build-option",
    "--python-version",
    // Removed options that took a value.
    "--mirrors",
    "--allow-external",
    "--allow-unverified",
    "--allow-insecure",
    "--download"
  ],
  subcommands: true
});

// src/dockerfile/commands/npm.ts
var npm = defineSchema({
  names: ["npm"],
  valueFlags: [
    "--prefix",
    "-w",
    "--workspace",
    "--registry",
    "--cache",
    "--loglevel",
    "--tag",
    "--omit",
    "--include",
    "--userconfig",
    "--globalconfig",
    "--install-strategy",
    "--only",
    "--auth-type",
    "--otp",
    "--scope",
    "-C",
    "--fetch-retries",
    "--fetch-timeout",
    "--maxsockets",
    "--proxy",
    "--https-proxy"
  ],
  subcommands: true
});

// src/dockerfile/commands/yarn.ts
var yarn = defineSchema({
  names: ["yarn"],
  valueFlags: [
    "--cwd",
    "--cache-folder",
    "--modules-folder",
    "--network-timeout",
    "--mutex",
    "--registry",
    "--global-folder",
    "--link-folder",
    "--preferred-cache-folder",
    "--network-concurrency",
    "--use-yarnrc"
  ],
  subcommands: true
});

// src/dockerfile/commands/curl.ts
var curl = defineSchema({
  names: ["curl"],
  valueFlags: [
    "-o",
    "--output",
    "-H",
    "--header",
    "-d",
    "--data",
    "--data-binary",
    "--data-raw",
    "--data-urlencode",
    "-u",
    "--user",
    "-A",
    "--user-agent",
    "-X",
    "--request",
    "-e",
    "--referer",
    "-w",
    "--write-out",
    "-m",
    "--max-time",
    "--connect-timeout",
    "--retry",
    "--retry-delay",
    "--retry-max-time",
    "-x",
    "--proxy",
    "-T",
    "--upload-file",
    "-F",
    "--form",
    "-b",
    "--cookie",
    "-c",
    "--cookie-jar",
    "--cacert",
    "--capath",
    "--cert",
    "-E",
    "--key",
    "-r",
    "--range",
    "-C",
    "--continue-at",
    "-z",
    "--time-cond",
    "--limit-rate",
    "--max-filesize",
    "--output-dir",
    "--proto",
    "--proto-redir",
    "--resolve",
    "--interface",
    "-K",
    "--config",
    "-Y",
    "--speed-limit",
    "-y",
    "--speed-time",
    "--url",
    "--ciphers",
    "--dns-servers",
    "--max-redirs",
    "--netrc-file",
    "--pinnedpubkey",
    "-Q",
    "--quote",
    "--unix-socket"
  ],
  subcommands: false
});

// src/dockerfile/commands/wget.ts
var wget = defineSchema({
  names: ["wget"],
  valueFlags: [
    "-O",
    "--output-document",
    "-o",
    "--output-file",
    "-a",
    "--append-output",
    "-P",
    "--directory-prefix",
    "-t",
    "--tries",
    "-T",
    "--timeout",
    "-U",
    "--user-agent",
    "--header",
    "--user",
    "--password",
    "--post-data",
    "--post-file",
    "-e",
    "--execute",
    "-i",
    "--input-file",
    "-B",
    "--base",
    "--progress",
    "-w",
    "--wait",
    "--limit-rate",
    "-Q",
    "--quota",
    "--ca-certificate",
    "--ca-directory",
    "--certificate",
    "--private-key",
    "-l",
    "--level",
    "-A",
    "--accept",
    "-R",
    "--reject",
    "-D",
    "--domains",
    "-Y"
  ],
  subcommands: false
});

// src/dockerfile/commands/useradd.ts
var useradd = defineSchema({
  names: ["useradd", "usermod"],
  valueFlags: [
    "-b",
    "--base-dir",
    "-c",
    "--comment",
    "-d",
    "--home-dir",
    "--home",
    "-e",
    "--expiredate",
    "-f",
    "--inactive",
    "-g",
    "--gid",
    "-G",
    "--groups",
    "-k",
    "--skel",
    "-K",
    "--key",
    "-p",
    "--password",
    "-s",
    "--shell",
    "-u",
    "--uid",
    "-R",
    "--root",
    "-P",
    "--prefix",
    "-Z",
    "--selinux-user",
    "--btrfs-subvolume-home"
  ],
  subcommands: false
});
var groupadd = defineSchema({
  names: ["groupadd", "groupmod"],
  valueFlags: ["-g", "--gid", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-U", "--users"],
  subcommands: false
});
var adduser = defineSchema({
  names: ["adduser", "addgroup"],
  valueFlags: [
    "-h",
    "-g",
    "-s",
    "-G",
    "-u",
    "-k",
    "--home",
    "--shell",
    "--uid",
    "--gid",
    "--gecos",
    "--ingroup",
    "--firstuid",
    "--lastuid",
    "--firstgid",
    "--lastgid",
    "--conf",
    "--comment",
    "--add-extra-groups"
  ],
  subcommands: false
});

// src/dockerfile/commands/yum.ts
var yum = defineSchema({
  names: ["yum", "dnf", "dnf5", "microdnf", "tdnf"],
  valueFlags: [
    "-c",
    "--config",
    "-d",
    "--debuglevel",
    "-e",
    "--errorlevel",
    "--installroot",
    "--enablerepo",
    "--disablerepo",
    "--repo",
    "--repoid",
    "-x",
    "--exclude",
    "--setopt",
    "--releasever",
    "--color",
    "--downloaddir",
    "--destdir",
    "--rpmverbosity",
    "--disableplugin",
    "--enableplugin",
    "-R",
    "--randomwait",
    "--advisory",
    "--advisories",
    "--forcearch",
    "--repofrompath",
    "--comment",
    "--bz",
    "--cve",
    "--sec-severity",
    "--secseverity",
    "--noplugins-except"
  ],
  subcommands: true
});

// src/dockerfile/commands/zypper.ts
var zypper = defineSchema({
  names: ["zypper"],
  valueFlags: [
    "-c",
    "--config",
    "-R",
    "--root",
    "--installroot",
    "-D",
    "--reposd-dir",
    "-C",
    "--cache-dir",
    "--raw-cache-dir",
    "--solv-cache-dir",
    "--pkg-cache-dir",
    "-p",
    "--plus-repo",
    "--plus-content",
    "-r",
    "--repo",
    "--from",
    "-t",
    "--type",
    "--userdata",
    "--download"
  ],
  subcommands: true
});

// src/dockerfile/commands/go.ts
var go = defineSchema({
  names: ["go"],
  valueFlags: [
    "-C",
    "-o",
    "-p",
    "-asmflags",
    "-buildmode",
    "-compiler",
    "-gccgoflags",
    "-gcflags",
    "-installsuffix",
    "-ldflags",
    "-mod",
    "-modfile",
    "-overlay",
    "-pgo",
    "-pkgdir",
    "-tags",
    "-toolexec",
    "-exec",
    "-coverpkg",
    "-covermode",
    "-buildvcs"
  ],
  subcommands: true,
  singleDashLong: true
});

// src/dockerfile/commands/aptitude.ts
var aptitude = defineSchema({
  names: ["aptitude"],
  valueFlags: [
    "-o",
    "-t",
    "--target-release",
    "--default-release",
    "-F",
    "--display-format",
    "-O",
    "--sort",
    "-w",
    "--width",
    "-S",
    "--group-by",
    "--log-file",
    "--log-level",
    "--add-user-tag",
    "--add-user-tag-to",
    "--remove-user-tag",
    "--remove-user-tag-from"
  ],
  subcommands: true
});

// src/dockerfile/commands/gem.ts
var gem = defineSchema({
  names: ["gem"],
  valueFlags: [
    "-v",
    "--version",
    "-i",
    "--install-dir",
    "-n",
    "--bindir",
    "-s",
    "--source",
    "--platform",
    "--document",
    "-P",
    "--trust-policy",
    "-g",
    "--file",
    "--build-root",
    "--target-rbconfig",
    "--config-file",
    "--only-plugins",
    "--without",
    "--with",
    "-B",
    "--bulk-threshold"
  ],
  subcommands: true
});

// src/dockerfile/commands/pnpm.ts
var pnpm = defineSchema({
  names: ["pnpm"],
  valueFlags: [
    "-C",
    "--dir",
    "-F",
    "--filter",
    "--store-dir",
    "--virtual-store-dir",
    "--modules-dir",
    "--reporter",
    "--loglevel",
    "--registry",
    "--network-concurrency",
    "--child-concurrency",
    "--workspace-concurrency"
  ],
  subcommands: true
});

// src/dockerfile/commands/python-tools.ts
var pipenv = defineSchema({
  names: ["pipenv"],
  valueFlags: ["--python", "--pypi-mirror", "-r", "--requirements", "-i", "--index", "--extra-index-url", "--categories"],
  subcommands: true
});
var poetry = defineSchema({
  names: ["poetry"],
  valueFlags: ["-C", "--directory", "-P", "--project", "--with", "--without", "--only", "-E", "--extras"],
  subcommands: true
});

// src/dockerfile/commands/ruby-php.ts
var bundle = defineSchema({
  names: ["bundle", "bundler"],
  valueFlags: ["--gemfile", "--path", "--without", "--with", "-j", "--jobs", "--retry", "--binstubs", "--shebang", "--trust-policy", "--target-rbconfig"],
  subcommands: true
});
var composer = defineSchema({
  names: ["composer", "composer.phar"],
  valueFlags: ["-d", "--working-dir", "--prefer-install", "--ignore-platform-req"],
  subcommands: true
});

// src/dockerfile/commands/coreutils.ts
var rm = defineSchema({ names: ["rm", "rmdir", "cat", "ls", "chgrp"], valueFlags: [], subcommands: false });
var copy = defineSchema({
  names: ["cp", "mv", "ln"],
  valueFlags: ["-t", "--target-directory", "-S", "--suffix"],
  subcommands: false
});
var mkdir = defineSchema({ names: ["mkdir"], valueFlags: ["-m", "--mode"], subcommands: false });
var chmod = defineSchema({ names: ["chmod", "chown"], valueFlags: ["--reference"], subcommands: false });
var touch = defineSchema({ names: ["touch"], valueFlags: ["-d", "--date", "-r", "--reference", "-t"], subcommands: false });
var install = defineSchema({
  names: ["install"],
  valueFlags: ["-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix"],
  subcommands: false
});
var sed = defineSchema({
  names: ["sed"],
  valueFlags: ["-e", "--expression", "-f", "--file", "-l", "--line-length"],
  subcommands: false
});
var grep = defineSchema({
  names: ["grep", "egrep", "fgrep"],
  valueFlags: ["-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "-B", "-C", "--include", "--exclude", "--exclude-dir"],
  subcommands: false
});
var xargs = defineSchema({
  names: ["xargs"],
  valueFlags: ["-I", "-n", "--max-args", "-P", "--max-procs", "-d", "--delimiter", "-E", "-L", "-s", "-a", "--arg-file"],
  subcommands: false
});
var tar = defineSchema({
  names: ["tar"],
  valueFlags: ["-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "--exclude", "--strip-components", "--owner", "--group", "--mode", "-I", "--use-compress-program", "--transform", "--xform", "-b", "--blocking-factor"],
  subcommands: false
});

// src/dockerfile/commands/index.ts
var ALL = [
  aptitude,
  gem,
  apt,
  apk,
  pip,
  npm,
  yarn,
  curl,
  wget,
  useradd,
  groupadd,
  adduser,
  yum,
  zypper,
  pnpm,
  pipenv,
  poetry,
  bundle,
  composer,
  rm,
  copy,
  mkdir,
  chmod,
  touch,
  install,
  sed,
  grep,
  xargs,
  tar,
  go
];
var BY_NAME = /* @__PURE__ */ new Map();
for (const schema of ALL) for (const name of schema.names) BY_NAME.set(name, schema);
function schemaFor(name) {
  return BY_NAME.get(name);
}

// src/dockerfile/command.ts
var SIMPLE_WRAPPERS = /* @__PURE__ */ new Set(["exec", "nohup", "time", "command", "builtin"]);
var WRAPPER_VALUE_FLAGS = {
  sudo: ["-u", "--user", "-g", "--group", "-C", "--close-from", "-h", "--host", "-p", "--prompt", "-D", "--chdir", "-r", "--role", "-t", "--type", "-T", "--command-timeout", "-U", "--other-user"],
  env: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"],
  nice: ["-n", "--adjustment"],
  stdbuf: ["-i", "-o", "-e"],
  timeout: ["-s", "--signal", "-k", "--kill-after"]
};
var WRAPPER_OPERANDS = { gosu: 1, "su-exec": 1, chroot: 1, timeout: 1 };
var POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox"]);
function programName(path) {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const name = slash >= 0 ? path.slice(slash + 1) : path;
  return name.toLowerCase().endsWith(".exe") ? name.slice(0, -4) : name;
}
function isPython(name) {
  return /^python[0-9.]*$/.test(name);
}
function isPhp(name) {
  return /^php[0-9.]*$/.test(name);
}
function buildCommand(raw) {
  const words2 = raw.words;
  const wrappers = [];
  let i = 0;
  for (; ; ) {
    const word = words2[i];
    if (!word || word.value === null) break;
    const program2 = programName(word.value);
    if (SIMPLE_WRAPPERS.has(program2)) {
      wrappers.push(program2);
      i++;
      continue;
    }
    const valueFlags = WRAPPER_VALUE_FLAGS[program2];
    const operands = WRAPPER_OPERANDS[program2] ?? 0;
    if (valueFlags || operands || program2 === "sudo" || program2 === "env") {
      wrappers.push(program2);
      i++;
      while (i < words2.length) {
        const v = words2[i].display;
        if (v === "--") {
          i++;
          break;
        }
        if (v.startsWith("-")) {
          i += (valueFlags ?? []).includes(v) ? 2 : 1;
          continue;
        }
        if (program2 === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        break;
      }
      i += operands;
      continue;
    }
    if (isPython(program2) && words2[i + 1]?.value === "-m" && words2[i + 2]?.value) {
      wrappers.push(program2, "-m");
      i += 2;
      break;
    }
    break;
  }
  const nameWord = words2[i] ?? null;
  const name = nameWord ? programName(nameWord.display) : "";
  const args = words2.slice(i + 1);
  const { flags, positionals } = splitArguments(name, args);
  const schema = schemaFor(name);
  return {
    name,
    nameWord,
    args,
    words: words2,
    wrappers,
    assignments: raw.assignments,
    flags,
    positionals,
    subcommand: schema?.subcommands ? positionals[0]?.display ?? null : null,
    connector: raw.connector,
    inPipeline: raw.inPipeline,
    nesting: raw.nesting,
    conditional: raw.conditional,
    range: raw.range
  };
}
function splitArguments(program2, args) {
  const schema = schemaFor(program2);
  const valueFlags = new Set(schema?.valueFlags ?? []);
  const flags = [];
  const positionals = [];
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.display;
    if (onlyPositionals || text === "-" || !text.startsWith("-")) {
      positionals.push(word);
      continue;
    }
    if (text === "--") {
      onlyPositionals = true;
      continue;
    }
    if (text.startsWith("--")) {
      const eq2 = text.indexOf("=");
      if (eq2 > 0) flags.push({ name: text.slice(0, eq2), value: text.slice(eq2 + 1), word });
      else if (valueFlags.has(text) && i + 1 < args.length) flags.push({ name: text, value: args[++i].display, word });
      else flags.push({ name: text, value: null, word });
      continue;
    }
    if (!schema) {
      flags.push({ name: text, value: null, word });
      continue;
    }
    if (schema.singleDashLong) {
      const eq2 = text.indexOf("=");
      if (eq2 > 0) flags.push({ name: text.slice(0, eq2), value: text.slice(eq2 + 1), word });
      else if (valueFlags.has(text) && i + 1 < args.length) flags.push({ name: text, value: args[++i].display, word });
      else flags.push({ name: text, value: null, word });
      continue;
    }
    const eq = text.indexOf("=");
    if (eq === 2) {
      flags.push({ name: text.slice(0, 2), value: text.slice(3), word });
      continue;
    }
    for (let j = 1; j < text.length; j++) {
      const name = "-" + text[j];
      if (valueFlags.has(name)) {
        const attached = text.slice(j + 1);
        if (attached) flags.push({ name, value: attached, word });
        else if (i + 1 < args.length) flags.push({ name, value: args[++i].display, word });
        else flags.push({ name, value: null, word });
        break;
      }
      flags.push({ name, value: null, word });
    }
  }
  return { flags, positionals };
}
function hasFlag(command2, ...names) {
  return command2.flags.some((flag) => names.includes(flag.name));
}
function flagValue(command2, ...names) {
  return command2.flags.find((flag) => names.includes(flag.name))?.value;
}

// src/dockerfile/shell.ts
var parser = null;
function shellParser() {
  if (!parser) {
    parser = new import_tree_sitter.default();
    parser.setLanguage(import_tree_sitter_bash.default);
  }
  return parser;
}
function parseShellScript(source, index) {
  const tree = shellParser().parse(source.text);
  const toRange = (start, end) => index.range(source.offsets[start] ?? 0, end > start ? (source.offsets[end - 1] ?? 0) + 1 : source.offsets[start] ?? 0);
  const walker = new Walker(source.text, toRange, tree.walk());
  walker.statements(null, false);
  let error = null;
  if (tree.rootNode.hasError) {
    const bad = firstError(tree.rootNode);
    if (bad) {
      error = {
        message: bad.isMissing ? `shell syntax error: missing ${bad.type}` : `shell syntax error near ${JSON.stringify(bad.text.slice(0, 20))}`,
        range: toRange(bad.startIndex, Math.max(bad.endIndex, bad.startIndex + 1))
      };
    }
  }
  return { commands: walker.commands, error, hasPipe: walker.hasPipe, range: toRange(0, source.text.length), source };
}
function firstError(node2) {
  if (node2.type === "ERROR" || node2.isMissing) return node2;
  for (const child of node2.children) {
    if (child.hasError || child.isMissing) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return null;
}
var STATEMENT_CONTAINERS = {
  program: null,
  subshell: "subshell",
  compound_statement: "group",
  do_group: "loop",
  function_definition: "function",
  command_substitution: "substitution",
  process_substitution: "substitution"
};
var COMPOUND = {
  if_statement: "if",
  elif_clause: "if",
  else_clause: "if",
  while_statement: "loop",
  for_statement: "loop",
  c_style_for_statement: "loop",
  case_statement: "case",
  case_item: "case"
};
var EXPANSIONS = /* @__PURE__ */ new Set(["simple_expansion", "expansion", "command_substitution", "arithmetic_expansion", "process_substitution", "ansi_c_string"]);
var Walker = class {
  constructor(text, toRange, cursor) {
    this.text = text;
    this.toRange = toRange;
    this.cursor = cursor;
  }
  text;
  toRange;
  cursor;
  commands = [];
  hasPipe = false;
  eachChild(visit) {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do
      visit();
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  nodeText() {
    return this.text.slice(this.cursor.startIndex, this.cursor.endIndex);
  }
  /**
   * The current node holds statements separated by `;`, `&` or newlines. In `if`/`while`/`case`/`for`
   * (`compound`), the condition always runs and the bodies may not.
   */
  statements(nesting, conditional, compound = false) {
    let connector = null;
    this.eachChild(() => {
      const type = this.cursor.nodeType;
      if (type === ";" || type === "\n" || type === ";;") connector = ";";
      else if (type === "&") connector = "&";
      else if (this.cursor.nodeIsNamed && type !== "comment") {
        const mayNotRun = conditional || compound && this.cursor.currentFieldName !== "condition";
        this.statement(connector, nesting, mayNotRun, false);
        connector = ";";
      }
    });
  }
  statement(connector, nesting, conditional, inPipeline) {
    const type = this.cursor.nodeType;
    switch (type) {
      case "list": {
        let next = connector;
        this.eachChild(() => {
          const childType = this.cursor.nodeType;
          if (childType === "&&" || childType === "||") next = childType;
          else if (this.cursor.nodeIsNamed && childType !== "comment") this.statement(next, nesting, conditional || next === "||", inPipeline);
        });
        return;
      }
      case "pipeline": {
        this.hasPipe = true;
        let next = connector;
        this.eachChild(() => {
          if (!this.cursor.nodeIsNamed || this.cursor.nodeType === "comment") return;
          this.statement(next, nesting, conditional, true);
          next = "|";
        });
        return;
      }
      case "negated_command":
      case "redirected_statement":
        this.eachChild(() => {
          if (!this.cursor.nodeIsNamed) return;
          if (this.cursor.nodeType.endsWith("redirect")) this.substitutions(nesting, conditional);
          else this.statement(connector, nesting, conditional, inPipeline);
        });
        return;
      case "command":
        this.command(connector, nesting, conditional, inPipeline);
        return;
      case "declaration_command":
      case "unset_command":
      case "test_command":
        this.pseudoCommand(connector, nesting, conditional, inPipeline);
        return;
      case "ERROR":
        this.statements(nesting, conditional);
        return;
      default: {
        const compound = COMPOUND[type];
        if (compound) return this.statements(compound, conditional, true);
        const container = STATEMENT_CONTAINERS[type];
        if (container !== void 0) this.statements(container ?? nesting, conditional);
        else this.substitutions(nesting, conditional);
      }
    }
  }
  command(connector, nesting, conditional, inPipeline) {
    const words2 = [];
    const assignments = [];
    const { startIndex, endIndex } = this.cursor;
    this.eachChild(() => {
      const type = this.cursor.nodeType;
      if (!this.cursor.nodeIsNamed || type.endsWith("redirect")) return;
      if (type === "variable_assignment") assignments.push(this.nodeText());
      else if (type === "command_name") {
        if (this.cursor.gotoFirstChild()) {
          words2.push(this.word());
          this.cursor.gotoParent();
        }
      } else words2.push(this.word());
    });
    this.commands.push(buildCommand({ words: words2, assignments, connector, nesting, conditional, inPipeline, range: this.toRange(startIndex, endIndex) }));
    if (/\$\(|`|<\(|>\(/.test(this.text.slice(startIndex, endIndex))) this.substitutions(nesting, conditional);
  }
  /** `export A=1`, `local x`, `[ -f x ]`: kept as commands named by their keyword. */
  pseudoCommand(connector, nesting, conditional, inPipeline) {
    const words2 = [];
    const { startIndex, endIndex } = this.cursor;
    const isTest = this.cursor.nodeType === "test_command";
    let first = true;
    this.eachChild(() => {
      if (first || !isTest && this.cursor.nodeIsNamed) words2.push(this.word());
      first = false;
    });
    this.commands.push(buildCommand({ words: words2, assignments: [], connector, nesting, conditional, inPipeline, range: this.toRange(startIndex, endIndex) }));
    this.substitutions(nesting, conditional);
  }
  /** Finds the command substitutions at or below the current node. */
  substitutions(nesting, conditional) {
    const type = this.cursor.nodeType;
    if (type === "command_substitution" || type === "process_substitution") {
      this.statements("substitution", conditional);
      return;
    }
    this.eachChild(() => {
      if (this.cursor.nodeIsNamed) this.substitutions(nesting, conditional);
    });
  }
  word() {
    const { startIndex, endIndex } = this.cursor;
    const parts = this.wordParts();
    return { text: this.text.slice(startIndex, endIndex), value: parts.value, display: parts.display, range: this.toRange(startIndex, endIndex) };
  }
  /** The word's value after quote removal (null when it depends on an expansion), and its display form. */
  wordParts() {
    const type = this.cursor.nodeType;
    const text = this.nodeText();
    switch (type) {
      case "raw_string":
        return { value: text.slice(1, -1), display: text.slice(1, -1) };
      case "string": {
        let literal = true;
        this.eachChild(() => {
          if (this.cursor.nodeIsNamed && this.cursor.nodeType !== "string_content") literal = false;
        });
        const inner = text.slice(1, -1).replace(/\\\n/g, "").replace(/\\([$`"\\])/g, "$1");
        return { value: literal ? inner : null, display: inner };
      }
      case "concatenation": {
        let value = "";
        let display = "";
        this.eachChild(() => {
          if (this.cursor.nodeIsNamed) {
            const part = this.wordParts();
            value = value === null || part.value === null ? null : value + part.value;
            display += part.display;
          } else {
            const piece = this.nodeText();
            if (value !== null) value += piece;
            display += piece;
          }
        });
        return { value, display };
      }
      default:
        if (EXPANSIONS.has(type)) return { value: null, display: text };
        return { value: unescapeBare(text), display: unescapeBare(text) };
    }
  }
};
function unescapeBare(text) {
  return text.includes("\\") ? text.replace(/\\\n/g, "").replace(/\\(.)/gs, "$1") : text;
}

// src/dockerfile/instructions.ts
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var KNOWN_FLAGS = {
  FROM: ["platform"],
  RUN: ["mount", "network", "security", "device"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  ADD: ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"]
};

// src/dockerfile/parse.ts
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var DIRECTIVE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=/;
var WINDOWS_SHELL = ["cmd", "/S", "/C"];
var ESCAPED_ESCAPE_PLACEHOLDER = "\uE000";
var rawArgumentsCache = /* @__PURE__ */ new WeakMap();
var rawArgumentsPrototype = import_dockerfile_ast.Instruction.prototype;
var scanRawArguments = rawArgumentsPrototype.getRawArguments;
rawArgumentsPrototype.getRawArguments = function getRawArguments() {
  let args = rawArgumentsCache.get(this);
  if (!args) {
    args = scanRawArguments.call(this);
    rawArgumentsCache.set(this, args);
  }
  return args.slice();
};
function parseDockerfile(text, path, options = {}) {
  const index = new LineIndex(text);
  const escapeChar = detectEscapeCharacter(text);
  const masked = maskEscapedEscapes(text, escapeChar);
  const ast = import_dockerfile_ast.DockerfileParser.parse(masked);
  const restore = (value) => value.includes(ESCAPED_ESCAPE_PLACEHOLDER) ? value.split(ESCAPED_ESCAPE_PLACEHOLDER).join(escapeChar) : value;
  const directives = [];
  const comments = [];
  for (const d of ast.getDirectives()) {
    const range = d.getRange();
    const line = index.slice(range);
    if (DIRECTIVE.test(line)) directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), range });
    else comments.push({ text: line.replace(/^\s*#/, "").trim(), range });
  }
  comments.push(...ast.getComments().map((c) => ({ text: c.getContent().trim(), range: c.getRange() })));
  const posixFile = escapeChar === "\\" && !options.nonPosixShell;
  const syntaxProblems = [];
  const builder = new ModelBuilder(text, index, escapeChar, restore, posixFile, syntaxProblems, options.buildArgs ?? /* @__PURE__ */ new Map());
  const instructions = ast.getInstructions().map((inst, i) => builder.instruction(inst, i));
  const { stages, globalArgs } = builder.resolveStages(instructions);
  if (instructions.length === 0) {
    syntaxProblems.push({
      message: text.includes("\0") ? "not a text file (it contains NUL bytes)" : "the file has no instructions",
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
    });
  } else if (text.includes("\0")) {
    const offset = text.indexOf("\0");
    syntaxProblems.push({ message: "not a text file (it contains NUL bytes)", range: index.range(offset, offset + 1) });
  }
  return {
    path,
    text,
    lines: text.split(/\r?\n|\r/),
    escapeChar,
    directives,
    comments,
    instructions,
    globalArgs,
    stages,
    syntaxProblems: syntaxProblems.sort((a, b) => comparePositions(a.range.start, b.range.start)),
    posixShell: posixFile,
    buildArgs: options.buildArgs ?? /* @__PURE__ */ new Map()
  };
}
function detectEscapeCharacter(text) {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(\S*)\s*$/.exec(line);
    if (!match) break;
    if (match[1].toLowerCase() === "escape" && (match[2] === "`" || match[2] === "\\")) return match[2];
  }
  return "\\";
}
function maskEscapedEscapes(text, escapeChar) {
  if (!text.includes(escapeChar + escapeChar)) return text;
  return text.replace(/(\S*?)([ \t]*)(\r?\n|\r|$)/g, (whole, body, spaces, eol) => {
    let count = 0;
    for (let i = body.length - 1; i >= 0 && body[i] === escapeChar; i--) count++;
    if (count < 2) return whole;
    return body.slice(0, -1) + ESCAPED_ESCAPE_PLACEHOLDER + spaces + eol;
  });
}
var ModelBuilder = class {
  constructor(text, index, escapeChar, restore, posixFile, problems, buildArgs) {
    this.text = text;
    this.index = index;
    this.escapeChar = escapeChar;
    this.restore = restore;
    this.posixFile = posixFile;
    this.problems = problems;
    this.buildArgs = buildArgs;
  }
  text;
  index;
  escapeChar;
  restore;
  posixFile;
  problems;
  buildArgs;
  word(arg) {
    return { value: this.restore(arg.getValue()), range: arg.getRange() };
  }
  instruction(inst, position) {
    const keywordText = inst.getInstruction();
    const keyword = keywordText.toUpperCase();
    const heredocs = this.heredocs(inst);
    const inHeredoc = (range) => heredocs.some((h) => comparePositions(range.start, h.range.start) >= 0 && comparePositions(range.start, h.range.end) < 0 && h.contentRange !== null && comparePositions(range.start, h.contentRange.start) >= 0);
    const flags = hasFlags(inst) ? inst.getFlags().map((f) => this.flag(f)) : [];
    const args = inst.getArguments().filter((a) => !inHeredoc(a.getRange())).map((a) => this.word(a));
    const execArgs = this.execArgs(inst, keyword);
    const form = FORMED.has(keyword) ? execArgs ? "exec" : "shell" : null;
    let pairs = isPropertyInstruction(inst) ? this.pairs(inst.getProperties()) : [];
    if (keyword === "ARG" && pairs.some((p) => p.legacyForm)) pairs = pairs.flatMap((p) => p.legacyForm ? argNames(p, args, this.escapeChar) : [p]);
    const trigger = isOnbuild(inst) ? inst.getTriggerInstruction() : null;
    const result = {
      keyword,
      keywordText,
      keywordRange: inst.getInstructionRange(),
      range: inst.getRange(),
      args,
      argsRange: args.length ? { start: args[0].range.start, end: args[args.length - 1].range.end } : null,
      flags,
      form,
      execArgs,
      heredocs,
      trigger: null,
      onbuild: null,
      stage: null,
      index: position,
      scope: /* @__PURE__ */ new Map(),
      shell: DEFAULT_SHELL,
      pairs,
      script: null
    };
    if (trigger) {
      result.trigger = this.instruction(trigger, position);
      result.trigger.onbuild = result;
    }
    this.checkSyntax(result);
    return result;
  }
  flag(f) {
    return {
      name: f.getName(),
      value: f.getValue() === null ? null : this.restore(f.getValue()),
      range: f.getRange(),
      nameRange: f.getNameRange(),
      valueRange: f.getValueRange(),
      options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() }))
    };
  }
  execArgs(inst, keyword) {
    if (!FORMED.has(keyword)) return null;
    const args = inst.getArguments();
    const first = keyword === "HEALTHCHECK" ? args[0]?.getValue().toUpperCase() === "CMD" ? args[1] : void 0 : args[0];
    if (!first) return null;
    return this.execForm(this.index.offsetAt(first.getRange().start), this.index.offsetAt(inst.getRange().end));
  }
  /**
   * Reads `["a", "b"]` between two offsets, with the exact range of every string. Only a well-formed JSON
   * array of strings is exec form; anything else Docker runs through the shell. (dockerfile-ast's own
   * JSON strings lose spaces and escapes: `"a b"` reads as `ab`.)
   */
  execForm(start, end) {
    const text = this.text;
    if (text[start] !== "[") return null;
    const words2 = [];
    let json = "";
    let i = start;
    while (i < end) {
      const c = text[i];
      if (c === this.escapeChar) {
        const continuation = /^[ \t]*\r?\n/.exec(text.slice(i + 1, Math.min(end, i + 64)));
        if (continuation) {
          i += 1 + continuation[0].length;
          continue;
        }
      }
      if (c === '"') {
        let j = i + 1;
        while (j < end && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
        if (j >= end) return null;
        const literal = text.slice(i, j + 1);
        let value;
        try {
          value = JSON.parse(literal);
        } catch {
          return null;
        }
        words2.push({ value, range: this.index.range(i, j + 1) });
        json += literal;
        i = j + 1;
        continue;
      }
      json += c;
      i++;
    }
    try {
      const parsed = JSON.parse(json);
      if (!Array.isArray(parsed) || parsed.length !== words2.length || parsed.some((x) => typeof x !== "string")) return null;
    } catch {
      return null;
    }
    return words2;
  }
  pairs(properties) {
    return properties.map((p) => {
      const rawValue = p.getValue() === null ? null : this.restore(p.getUnescapedValue() ?? p.getValue());
      return {
        key: p.getName(),
        value: rawValue === null ? null : unquote(rawValue, this.escapeChar),
        rawValue,
        keyRange: p.getNameRange(),
        valueRange: p.getValueRange(),
        range: p.getRange(),
        legacyForm: p.getAssignmentOperator() === null && rawValue !== null
      };
    });
  }
  heredocs(inst) {
    if (!hasHeredocs(inst)) return [];
    return inst.getHeredocs().map((h) => {
      const marker = this.index.slice(h.getStartRange());
      const contentRange = h.getContentRange();
      const end = h.getDelimiterRange()?.end ?? contentRange?.end ?? h.getNameRange().end;
      return {
        name: h.getName(),
        stripTabs: marker.startsWith("<<-"),
        quoted: /^<<-?\s*["']/.test(marker),
        // Each body line ends with a newline, as in the file Docker writes.
        content: contentRange ? this.index.slice(contentRange) + "\n" : "",
        contentRange,
        range: { start: h.getStartRange().start, end }
      };
    });
  }
  checkSyntax(inst) {
    const report = (message, range) => this.problems.push({ message, range });
    if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) {
      report(`unknown instruction ${inst.keywordText}`, inst.keywordRange);
      return;
    }
    const needsArgs = inst.keyword !== "ONBUILD" || inst.trigger === null;
    if (needsArgs && inst.args.length === 0 && inst.heredocs.length === 0 && (inst.execArgs?.length ?? 0) === 0) {
      report(`${inst.keyword} requires at least one argument`, inst.keywordRange);
    }
    const known = KNOWN_FLAGS[inst.keyword] ?? [];
    for (const flag of inst.flags) {
      if (!known.includes(flag.name.toLowerCase())) {
        report(`unknown flag --${flag.name} for ${inst.keyword}`, flag.range);
      }
    }
    for (const heredoc of inst.heredocs) {
      if (heredoc.contentRange === null && comparePositions(heredoc.range.end, inst.range.end) >= 0 && !this.terminated(heredoc)) {
        report(`heredoc <<${heredoc.name} is not terminated`, heredoc.range);
      }
    }
  }
  terminated(heredoc) {
    const after = this.text.slice(this.index.offsetAt(heredoc.range.start));
    return new RegExp(`\\n\\t*${heredoc.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(\\n|$)`).test(after);
  }
  /** Assigns instructions to stages and computes scope and shell for every instruction. */
  resolveStages(instructions) {
    const stages = [];
    const globalArgs = [];
    const builtins = new Map(BUILTIN_ARGS.map((name) => [name, { name, value: null, kind: "builtin" }]));
    let globalScope = new Map(builtins);
    const globalDefaults = /* @__PURE__ */ new Map();
    const stageScope = /* @__PURE__ */ new Map();
    const stageShell = /* @__PURE__ */ new Map();
    let current = null;
    let scope = globalScope;
    let shell = this.posixFile ? DEFAULT_SHELL : WINDOWS_SHELL;
    for (const inst of instructions) {
      if (inst.keyword === "FROM") {
        inst.scope = globalScope;
        const stage = this.stage(inst, stages, globalScope);
        stages.push(stage);
        stage.parent?.children.push(stage);
        current = stage;
        const inherited = stage.parent ? stageScope.get(stage.parent) : void 0;
        scope = new Map(inherited ? [...inherited].filter(([, v]) => v.kind === "env") : []);
        shell = stage.parent && stageShell.get(stage.parent) || (this.posixFile ? DEFAULT_SHELL : WINDOWS_SHELL);
      }
      inst.stage = current;
      if (inst.keyword !== "FROM") {
        inst.scope = scope;
        inst.shell = shell;
      }
      if (current) current.instructions.push(inst);
      if (inst.trigger) {
        inst.trigger.stage = current;
        inst.trigger.scope = scope;
        inst.trigger.shell = shell;
        inst.trigger.script = this.script(inst.trigger);
      }
      inst.script = this.script(inst);
      if (inst.keyword === "ARG") {
        const next = new Map(current ? scope : globalScope);
        for (const pair of inst.pairs) {
          const inherited = current ? globalDefaults.get(pair.key) ?? builtins.get(pair.key) : void 0;
          const given = this.buildArgs.get(pair.key);
          const value = given !== void 0 ? given : pair.rawValue === null ? inherited?.value ?? null : expand(pair.rawValue, scopeLookup(next), this.escapeChar).value;
          const variable = { name: pair.key, value, kind: "arg", declaredAt: inst };
          next.set(pair.key, variable);
          if (!current) globalDefaults.set(pair.key, variable);
        }
        if (current) scope = next;
        else {
          globalScope = next;
          scope = next;
          globalArgs.push(inst);
        }
      } else if (inst.keyword === "ENV" && current) {
        const lookup2 = scopeLookup(scope);
        const next = new Map(scope);
        for (const pair of inst.pairs) {
          const value = pair.rawValue === null ? "" : expand(pair.rawValue, lookup2, this.escapeChar).value;
          next.set(pair.key, { name: pair.key, value, kind: "env", declaredAt: inst });
        }
        scope = next;
      } else if (inst.keyword === "SHELL" && inst.execArgs && inst.execArgs.length > 0) {
        shell = inst.execArgs.map((w) => w.value);
      }
      if (current) {
        stageScope.set(current, scope);
        stageShell.set(current, shell);
      }
    }
    markReachable(stages);
    return { stages, globalArgs };
  }
  stage(from, stages, globalScope) {
    const [imageWord, asWord, nameWord] = from.args;
    const hasName = asWord !== void 0 && asWord.value.toLowerCase() === "as" && nameWord !== void 0;
    const raw = imageWord?.value ?? "";
    const expansion = expand(raw, scopeLookup(globalScope), this.escapeChar, false);
    const resolved = expansion.value;
    const parent = stages.find((s) => s.name !== null && s.name === resolved.toLowerCase()) ?? null;
    const scratch = resolved.toLowerCase() === "scratch";
    let image = null;
    if (!parent && !scratch && imageWord) {
      image = {
        raw,
        resolved,
        unresolved: expansion.unresolved.length > 0 || resolved === "",
        ...parseImageReference(resolved),
        range: imageWord.range
      };
    }
    return {
      index: stages.length,
      name: hasName ? nameWord.value.toLowerCase() : null,
      nameText: hasName ? nameWord.value : null,
      nameRange: hasName ? nameWord.range : null,
      from,
      image,
      parent,
      scratch,
      platform: from.flags.find((f) => f.name.toLowerCase() === "platform") ?? null,
      instructions: [],
      isFinal: false,
      reachesFinal: false,
      inFinalImage: false,
      children: []
    };
  }
  /** Builds the shell source Docker would hand to the shell, and parses it. */
  script(inst) {
    const shellName = programName(inst.shell[0] ?? "").toLowerCase();
    if (!this.posixFile || !POSIX_SHELLS.has(shellName)) return null;
    let source = null;
    if (inst.keyword === "RUN" && inst.form === "shell") source = this.runSource(inst);
    else if ((inst.keyword === "CMD" || inst.keyword === "ENTRYPOINT") && inst.form === "shell") source = this.continuedSource(inst);
    else if (inst.keyword === "HEALTHCHECK" && inst.form === "shell" && inst.args[0]?.value.toUpperCase() === "CMD") {
      source = this.continuedSource(inst, 1);
    }
    return source ? parseShellScript(source, this.index) : null;
  }
  runSource(inst) {
    const heredoc = inst.heredocs[0];
    if (!heredoc) return this.continuedSource(inst);
    const commandLine = this.continuedSource(inst, 0, true);
    const script = commandLine && parseShellScript(commandLine, this.index);
    const commands = script?.commands ?? [];
    const shellReadsBody = commands.length === 0 || commands.length === 1 && POSIX_SHELLS.has(commands[0].name) && commands[0].positionals.length === 0 && !commands[0].flags.some((f) => f.name === "-c");
    if (!shellReadsBody) return commandLine;
    if (!heredoc.contentRange) return null;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc.content);
    if (shebang) {
      const program2 = programName(shebang[1].endsWith("/env") ? shebang[2] ?? "" : shebang[1]);
      if (!POSIX_SHELLS.has(program2)) return null;
    }
    const start = this.index.offsetAt(heredoc.contentRange.start);
    const end = this.index.offsetAt(heredoc.contentRange.end);
    return { text: this.text.slice(start, end), offsets: identityOffsets(start, end - start) };
  }
  /**
   * The instruction's arguments as one shell text, the way Docker passes them: continuation lines joined,
   * comment lines and blank lines inside the instruction dropped, heredoc bodies kept for the shell.
   */
  continuedSource(inst, skipArgs = 0, withoutHeredocs = false) {
    const first = inst.args[skipArgs];
    if (!first) return null;
    const start = this.index.offsetAt(first.range.start);
    let end = this.index.offsetAt(inst.range.end);
    const heredocStarts = inst.heredocs.filter((h) => h.contentRange).map((h) => this.index.offsetAt(h.contentRange.start));
    const firstBody = heredocStarts.length ? Math.min(...heredocStarts) : Infinity;
    if (withoutHeredocs) end = Math.min(end, firstBody);
    let text = "";
    const offsets = [];
    let offset = start;
    let firstLine2 = true;
    while (offset < end) {
      let lineEnd = this.text.indexOf("\n", offset);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const line = this.text.slice(offset, lineEnd);
      const inBody = offset >= firstBody;
      if (!inBody && !firstLine2 && /^\s*(#.*)?\r?$/.test(line)) {
        offset = lineEnd + 1;
        continue;
      }
      const continued = !inBody && continuesLine(line, this.escapeChar);
      let keep = line.replace(/\r$/, "");
      if (continued) keep = keep.replace(/[ \t]*$/, "").slice(0, -1);
      for (let i = 0; i < keep.length; i++) offsets.push(offset + i);
      text += keep;
      if (!continued && lineEnd < end) {
        offsets.push(lineEnd);
        text += "\n";
      }
      firstLine2 = false;
      offset = lineEnd + 1;
    }
    offsets.push(end);
    if (withoutHeredocs) {
      const names = new Set(inst.heredocs.map((h) => h.name));
      text = text.replace(/(?<!<)<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g, (marker, _quote, name) => names.has(name) ? " ".repeat(marker.length) : marker);
    }
    return { text, offsets };
  }
};
function argNames(pair, args, escapeChar) {
  const words2 = args.filter((w) => comparePositions(w.range.start, pair.range.start) >= 0 && comparePositions(w.range.end, pair.range.end) <= 0);
  return words2.map((w) => {
    const eq = w.value.indexOf("=");
    const key = eq < 0 ? w.value : w.value.slice(0, eq);
    const rawValue = eq < 0 ? null : w.value.slice(eq + 1);
    const at = (offset) => ({ line: w.range.start.line, character: w.range.start.character + offset });
    const oneLine2 = w.range.start.line === w.range.end.line;
    return {
      key,
      value: rawValue === null ? null : unquote(rawValue, escapeChar),
      rawValue,
      keyRange: oneLine2 ? { start: w.range.start, end: at(key.length) } : w.range,
      valueRange: rawValue === null ? null : oneLine2 ? { start: at(eq + 1), end: w.range.end } : w.range,
      range: w.range,
      legacyForm: false
    };
  });
}
function continuesLine(line, escapeChar) {
  const trimmed = line.replace(/[ \t\r]*$/, "");
  let count = 0;
  for (let i = trimmed.length - 1; i >= 0 && trimmed[i] === escapeChar; i--) count++;
  return count === 1;
}
function identityOffsets(start, length) {
  const offsets = new Array(length + 1);
  for (let i = 0; i <= length; i++) offsets[i] = start + i;
  return offsets;
}
function markReachable(stages) {
  const last = stages[stages.length - 1];
  if (!last) return;
  last.isFinal = true;
  for (let stage = last; stage; stage = stage.parent) stage.inFinalImage = true;
  const byName = new Map(stages.filter((s) => s.name).map((s) => [s.name, s]));
  const visit = (stage) => {
    if (stage.reachesFinal) return;
    stage.reachesFinal = true;
    if (stage.parent) visit(stage.parent);
    for (const inst of stage.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD" && inst.keyword !== "RUN") continue;
      for (const flag of inst.flags) {
        const from = flag.name.toLowerCase() === "from" ? flag.value : flag.name.toLowerCase() === "mount" ? flag.options.find((o) => o.name === "from")?.value ?? null : null;
        if (!from) continue;
        const name = from.includes("$") ? expand(from, scopeLookup(inst.scope), "\\", false).value : from;
        const source = byName.get(name.toLowerCase()) ?? (/^\d+$/.test(name) ? stages[Number(name)] : void 0);
        if (source && source.index < stage.index) visit(source);
      }
    }
  };
  visit(last);
}
var FORMED = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "ADD", "COPY", "VOLUME", "HEALTHCHECK"]);
function hasFlags(inst) {
  return typeof inst.getFlags === "function";
}
function hasHeredocs(inst) {
  return typeof inst.getHeredocs === "function" && !isOnbuild(inst);
}
function isPropertyInstruction(inst) {
  return typeof inst.getProperties === "function";
}
function isOnbuild(inst) {
  return typeof inst.getTriggerInstruction === "function";
}

// src/lint/pragmas.ts
var BUILD_CHECKS = /* @__PURE__ */ new Set([
  "StageNameCasing",
  "FromAsCasing",
  "NoEmptyContinuation",
  "ConsistentInstructionCasing",
  "DuplicateStageName",
  "ReservedStageName",
  "JSONArgsRecommended",
  "MaintainerDeprecated",
  "UndefinedArgInFrom",
  "WorkdirRelativePath",
  "UndefinedVar",
  "MultipleInstructionsDisallowed",
  "LegacyKeyValueFormat",
  "InvalidBaseImagePlatform",
  "RedundantTargetPlatform",
  "SecretsUsedInArgOrEnv",
  "InvalidDefaultArgInFrom",
  "FromPlatformFlagConstDisallowed",
  "CopyIgnoredFile",
  "InvalidDefinitionDescription",
  "ExposeProtoCasing",
  "ExposeInvalidFormat"
]);
var WHALE = /^(whale-ignore-file|whale-ignore)\s+([^\s].*?)\s*(?:--\s*(.*))?$/;
var HADOLINT = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;
var CHECK = /^check\s*=\s*(.*)$/;
function collectPragmas(file, registry2, options) {
  const ignores = [];
  const checks = [];
  const idsOf = (list) => {
    const ids = /* @__PURE__ */ new Set();
    for (const name of list.split(/[\s,]+/)) {
      if (name) ids.add(registry2.find(name)?.id ?? name.toLowerCase());
    }
    return ids;
  };
  const nextInstructionLines = (comment) => {
    const next = file.instructions.find((inst) => comparePositions(inst.range.start, comment.range.end) >= 0);
    return next ? [next.range.start.line, next.range.end.line] : null;
  };
  for (const comment of file.comments) {
    if (options.inlineIgnores) {
      const whale = WHALE.exec(comment.text);
      if (whale) {
        const lines = whale[1] === "whale-ignore-file" ? null : nextInstructionLines(comment);
        if (whale[1] === "whale-ignore-file" || lines) ignores.push({ rules: idsOf(whale[2]), lines });
        continue;
      }
      const hadolint = HADOLINT.exec(comment.text);
      if (hadolint) {
        const scope = hadolint[1];
        const lines = scope === "global" ? null : scope === "stage" ? stageLines(file, comment) : nextInstructionLines(comment);
        if (scope === "global" || lines) ignores.push({ rules: idsOf(hadolint[2]), lines });
        continue;
      }
    }
    const check = CHECK.exec(comment.text);
    if (check) {
      const next = file.instructions.find((inst) => comparePositions(inst.range.start, comment.range.end) >= 0);
      if (next && next.range.start.line === comment.range.start.line + 1) {
        checks.push(parseCheck(check[1], idsOf, [next.range.start.line, next.range.end.line]));
      }
    }
  }
  const fromBuildArg = options.buildArgs.get("BUILDKIT_DOCKERFILE_CHECK");
  const directive = fromBuildArg ?? file.directives.find((d) => d.name === "check")?.value;
  if (directive !== void 0) checks.push(parseCheck(directive, idsOf, null));
  const isBuildCheck = (rule) => rule.aliases.some((alias) => BUILD_CHECKS.has(alias));
  const covers = (lines, range) => lines === null || range.start.line >= lines[0] && range.start.line <= lines[1];
  return {
    suppresses(rule, range, codes = []) {
      const named = (s) => s.rules.has(rule.id) || s.rules.has("all") || codes.some((code) => s.rules.has(code.toLowerCase()));
      if (ignores.some((s) => named(s) && covers(s.lines, range))) return true;
      return checks.some((c) => covers(c.lines, range) && (c.skip.has(rule.id) || c.skipAll && isBuildCheck(rule)));
    },
    severity(rule, range, configured) {
      return checks.some((c) => c.error && covers(c.lines, range)) && isBuildCheck(rule) ? "error" : configured;
    },
    enables(rule) {
      return checks.some((c) => c.lines === null && (c.experimental.has(rule.id) || c.experimentalAll && isBuildCheck(rule)));
    }
  };
}
function parseCheck(value, idsOf, lines) {
  const directive = { skip: /* @__PURE__ */ new Set(), skipAll: false, error: false, experimental: /* @__PURE__ */ new Set(), experimentalAll: false, lines };
  for (const part of value.split(";")) {
    const [key = "", list = ""] = part.split("=").map((s) => s.trim());
    if (key === "skip") {
      if (list.toLowerCase() === "all") directive.skipAll = true;
      else directive.skip = idsOf(list);
    } else if (key === "error") directive.error = list.toLowerCase() === "true";
    else if (key === "experimental") {
      if (list.toLowerCase() === "all") directive.experimentalAll = true;
      else directive.experimental = idsOf(list);
    }
  }
  return directive;
}
function stageLines(file, comment) {
  const stage = file.stages.find((s) => comparePositions(s.from.range.start, comment.range.end) >= 0);
  if (!stage) return null;
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return [stage.from.range.start.line, last.range.end.line];
}
function nonPosixShellComment(comments) {
  return comments.some((c) => {
    const match = /^hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    return match !== null && !POSIX_SHELLS.has(programName(match[1]).toLowerCase());
  });
}

// src/lint/engine.ts
var INTERNAL_ERROR_RULE = "internal-error";
function lintModel(file, registry2, config) {
  const pragmas = collectPragmas(file, registry2, { inlineIgnores: !config.disableIgnorePragma, buildArgs: file.buildArgs });
  const findings = [];
  for (const rule of registry2.rules) {
    const setting = config.rules.get(rule.id);
    if (!setting || !(setting.enabled || pragmas.enables(rule))) continue;
    try {
      rule.check({
        file,
        options: setting.options,
        report: ({ message, range, fix }) => {
          if (pragmas.suppresses(rule, range)) return;
          const severity = pragmas.severity(rule, range, setting.severity);
          findings.push({ rule: rule.id, aliases: rule.aliases, severity, message, range, ...fix ? { fix } : {} });
        }
      });
    } catch (error) {
      findings.push({
        rule: INTERNAL_ERROR_RULE,
        aliases: [],
        severity: "error",
        message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
      });
      if (process.env["WHALE_DEBUG"]) throw error;
    }
  }
  return findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
}

// src/lint/fix.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");
function applyEdits(text, edits) {
  const index = new LineIndex(text);
  const spans = edits.map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), text: edit.text })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    const current = spans[i];
    if (current.start < previous.end || current.start === previous.start) {
      throw new Error(`overlapping edits at offset ${current.start}`);
    }
  }
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i];
    if (span.end < span.start) throw new Error(`edit ends before it starts at offset ${span.start}`);
    out = out.slice(0, span.start) + span.text + out.slice(span.end);
  }
  return out;
}
var MAX_FIX_PASSES = 10;
function fixText(text, lint) {
  let current = text;
  let findings = lint(current);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = [];
    const taken = [];
    const index = new LineIndex(current);
    for (const finding of findings) {
      if (!finding.fix?.length) continue;
      const spans = finding.fix.map((edit) => [index.offsetAt(edit.range.start), index.offsetAt(edit.range.end)]);
      const overlaps = spans.some(([start, end]) => taken.some(([s, e]) => start < e && s < end || start === s));
      if (overlaps) continue;
      taken.push(...spans);
      chosen.push(...finding.fix);
      fixed++;
    }
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen);
    findings = lint(current);
  }
  return { text: current, findings, fixed };
}
function writeFileAtomically(link, text) {
  const path = (0, import_node_fs4.realpathSync)(link);
  const mode = (0, import_node_fs4.statSync)(path).mode & 4095;
  const temporary = (0, import_node_path3.join)((0, import_node_path3.dirname)(path), `.${(0, import_node_path3.basename)(path)}.whale-${process.pid}.tmp`);
  try {
    (0, import_node_fs4.writeFileSync)(temporary, text, { mode });
    (0, import_node_fs4.renameSync)(temporary, path);
  } catch (error) {
    (0, import_node_fs4.rmSync)(temporary, { force: true });
    throw error;
  }
}

// src/lint/shellcheck.ts
var import_node_child_process = require("node:child_process");
var import_node_fs5 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path4 = require("node:path");
var SHELLCHECK_RULE = "shellcheck";
var BATCH = 400;
var BASH_AS_SH = /(^|\/)(centos|fedora|rhel[^/]*|ubi[0-9]*|rockylinux|almalinux|amazonlinux|oraclelinux)(:|$)/;
var ShellCheckMissing = class extends Error {
};
function shellCheckFindings(files) {
  const found = files.map(() => []);
  const scripts = [];
  const dir = (0, import_node_fs5.mkdtempSync)((0, import_node_path4.join)((0, import_node_os.tmpdir)(), "whale-shellcheck-"));
  try {
    const paths = [];
    files.forEach((file, index) => {
      for (const inst of runs(file)) {
        const source = inst.script?.source;
        if (!source) continue;
        const names = [...inst.scope.keys()].filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
        const header = [`# shellcheck shell=${dialect(inst)}`, ...names.length ? [`export ${names.join(" ")}`] : []];
        const path = (0, import_node_path4.join)(dir, `${scripts.length}.sh`);
        (0, import_node_fs5.writeFileSync)(path, header.join("\n") + "\n" + source.text + "\n");
        scripts.push({ file: index, source, headerLines: header.length });
        paths.push(path);
      }
    });
    for (let start = 0; start < paths.length; start += BATCH) {
      const run2 = (0, import_node_child_process.spawnSync)("shellcheck", ["--format=json1", "--norc", ...paths.slice(start, start + BATCH)], { encoding: "utf8", maxBuffer: 1 << 28 });
      if (run2.error) throw new ShellCheckMissing(`shellcheck could not run (${run2.error.code ?? run2.error.message})`);
      if (run2.status !== 0 && run2.status !== 1) throw new ShellCheckMissing(`shellcheck failed: ${run2.stderr.trim().split("\n")[0]}`);
      const { comments } = JSON.parse(run2.stdout || '{"comments":[]}');
      for (const comment of comments) {
        const number = Number(/(\d+)\.sh$/.exec(comment.file)?.[1]);
        const script = scripts[number];
        if (!script || comment.line <= script.headerLines) continue;
        const file = files[script.file];
        const finding = toFinding(comment, script, lineIndexOf(file));
        if (finding) found[script.file].push(finding);
      }
    }
  } finally {
    (0, import_node_fs5.rmSync)(dir, { recursive: true, force: true });
  }
  return found;
}
var lineIndexes = /* @__PURE__ */ new WeakMap();
function lineIndexOf(file) {
  let index = lineIndexes.get(file);
  if (!index) lineIndexes.set(file, index = new LineIndex(file.text));
  return index;
}
function runs(file) {
  const found = [];
  for (const inst of file.instructions) {
    const run2 = inst.keyword === "RUN" ? inst : inst.trigger?.keyword === "RUN" ? inst.trigger : null;
    if (run2 && run2.form === "shell") found.push(run2);
  }
  return found;
}
function dialect(inst) {
  const shell = programName(inst.shell[0] ?? "sh");
  if (shell === "bash" || shell === "dash" || shell === "ksh") return shell;
  if (shell === "mksh") return "ksh";
  const image = inst.stage?.image?.resolved ?? "";
  return shell === "sh" && BASH_AS_SH.test(image) ? "bash" : "dash";
}
function toFinding(comment, script, index) {
  const text = script.source.text;
  const offsetOf = (line, column) => {
    let start = 0;
    for (let n = script.headerLines + 1; n < line; n++) {
      const next = text.indexOf("\n", start);
      if (next < 0) return text.length;
      start = next + 1;
    }
    return Math.min(start + column - 1, text.length);
  };
  const startOffset = offsetOf(comment.line, comment.column);
  const endOffset = Math.max(startOffset, offsetOf(comment.endLine, comment.endColumn));
  const docStart = script.source.offsets[startOffset];
  const docEnd = endOffset > startOffset ? (script.source.offsets[endOffset - 1] ?? docStart) + 1 : docStart;
  if (docStart === void 0 || docEnd === void 0) return null;
  const code = `SC${comment.code}`;
  return {
    rule: SHELLCHECK_RULE,
    aliases: [code],
    severity: SEVERITY[comment.level] ?? "warning",
    message: `${code}: ${comment.message}`,
    range: index.range(docStart, docEnd)
  };
}
var SEVERITY = { error: "error", warning: "warning", info: "info", style: "style" };

// src/lint/lint-files.ts
function lintFiles(request) {
  const results = [];
  for (const file of request.files) {
    const name = file === "-" ? request.stdin?.filename ?? "<stdin>" : file;
    const found = request.configs.forFile(file === "-" ? name : file);
    const config = request.enableAll || request.enable?.length ? enableRules(found, request.enableAll ? null : request.enable) : found;
    if (file !== "-" && config.isIgnored(file)) continue;
    let text;
    try {
      if (file !== "-" && !(0, import_node_fs6.statSync)(file).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      text = file === "-" ? request.stdin?.text ?? "" : (0, import_node_fs6.readFileSync)(file, "utf8");
    } catch (error) {
      results.push({ file: name, findings: [], error: `cannot read the file (${describeIoError(error)})`, text: null, config });
      continue;
    }
    const bom = text.charCodeAt(0) === 65279 ? "\uFEFF" : "";
    text = text.slice(bom.length);
    const lint = (source) => lintText(source, name, request.registry, config, request.buildArgs);
    if (!request.fix) {
      results.push({ file: name, findings: lint(text), error: null, text, config });
      continue;
    }
    const fixed = fixText(text, lint);
    const changed = fixed.text !== text;
    if (changed && request.fix === "write" && file !== "-") {
      try {
        writeFileAtomically(file, bom + fixed.text);
      } catch (error) {
        results.push({ file: name, findings: lint(text), error: `cannot write the fixes (${describeIoError(error)})`, text, config });
        continue;
      }
    }
    results.push({ file: name, findings: fixed.findings, error: null, text: fixed.text, config, fixed: fixed.fixed, ...changed ? { output: fixed.text } : {} });
  }
  addShellCheck(results, request);
  return results;
}
function addShellCheck(results, request) {
  const chosen = results.filter((r) => r.text !== null && r.config?.rules.get(SHELLCHECK_RULE)?.enabled);
  const rule = request.registry.find(SHELLCHECK_RULE);
  if (chosen.length === 0 || !rule) return;
  const models = chosen.map((r) => parseText(r.text, r.file, request.buildArgs));
  let found;
  try {
    found = shellCheckFindings(models);
  } catch (error) {
    if (!(error instanceof ShellCheckMissing)) throw error;
    request.warn?.(`${error.message}; the ShellCheck findings are missing (Debian: apt-get install shellcheck)`);
    return;
  }
  chosen.forEach((result, i) => {
    const config = result.config;
    const pragmas = collectPragmas(models[i], request.registry, { inlineIgnores: !config.disableIgnorePragma, buildArgs: models[i].buildArgs });
    const setting = config.rules.get(SHELLCHECK_RULE);
    for (const finding of found[i]) {
      if (pragmas.suppresses(rule, finding.range, finding.aliases)) continue;
      const severity = severityRank(finding.severity) < severityRank(setting.severity) ? setting.severity : finding.severity;
      result.findings.push({ ...finding, severity });
    }
    result.findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  });
}
function lintText(text, name, registry2, config, buildArgs = /* @__PURE__ */ new Map()) {
  return lintModel(parseText(text, name, buildArgs), registry2, config);
}
function parseText(text, name, buildArgs = /* @__PURE__ */ new Map()) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const file = parseDockerfile(source, name, { buildArgs });
  return file.posixShell && nonPosixShellComment(file.comments) ? parseDockerfile(source, name, { buildArgs, nonPosixShell: true }) : file;
}
function enableRules(config, ids) {
  return {
    ...config,
    rules: new Map([...config.rules].map(([id, setting]) => [id, ids === null || ids.includes(id) ? { ...setting, enabled: true } : setting]))
  };
}

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;

// src/report/json.ts
function formatJson(results, fixable) {
  return JSON.stringify({
    version: 1,
    results: results.map((result) => ({
      file: result.file,
      findings: result.findings.map((finding) => jsonFinding(finding, fixable(finding.rule))),
      error: result.error,
      ...result.output !== void 0 ? { output: result.output } : {}
    }))
  }, null, 2) + "\n";
}
function jsonFinding(finding, fixable) {
  return {
    rule: finding.rule,
    aliases: finding.aliases,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    fixable: fixable && finding.fix !== void 0
  };
}

// src/report/tty.ts
var COLORS = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  info: "\x1B[36m",
  style: "\x1B[35m",
  dim: "\x1B[2m",
  bold: "\x1B[1m",
  reset: "\x1B[0m"
};
function formatTty(results, color) {
  const paint = (what, text) => color ? COLORS[what] + text + COLORS.reset : text;
  const out = [];
  const totals = { error: 0, warning: 0, info: 0, style: 0 };
  for (const result of results) {
    if (result.error) {
      out.push(`${paint("bold", result.file)}: ${paint("error", "error")} ${result.error}`, "");
      continue;
    }
    if (result.findings.length === 0) continue;
    out.push(paint("bold", result.file));
    const lines = result.text?.split(/\r?\n|\r/) ?? [];
    for (const finding of result.findings) {
      totals[finding.severity]++;
      const { start, end } = finding.range;
      const where = `${start.line + 1}:${start.character + 1}`;
      out.push(`  ${paint("dim", where.padEnd(7))} ${paint(finding.severity, finding.severity.padEnd(7))} ${finding.message}  ${paint("dim", finding.rule)}`);
      const source = lines[start.line];
      if (source !== void 0 && source.trim() !== "") {
        const shown = source.replace(/\t/g, " ");
        const width = end.line === start.line ? Math.max(1, end.character - start.character) : Math.max(1, shown.length - start.character);
        out.push(`  ${paint("dim", "|")} ${shown}`);
        out.push(`  ${paint("dim", "|")} ${" ".repeat(start.character)}${paint(finding.severity, "^".repeat(width))}`);
      }
    }
    out.push("");
  }
  const fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixed > 0) out.push(`fixed ${fixed} finding${fixed === 1 ? "" : "s"}`);
  const count = totals.error + totals.warning + totals.info + totals.style;
  if (count > 0) {
    const plural = (severity, n) => n === 1 || severity === "info" || severity === "style" ? severity : `${severity}s`;
    const parts = Object.keys(totals).filter((s) => totals[s] > 0).map((s) => `${totals[s]} ${plural(s, totals[s])}`);
    out.push(`${count} finding${count === 1 ? "" : "s"} (${parts.join(", ")}) in ${results.filter((r) => r.findings.length).length} of ${results.length} file${results.length === 1 ? "" : "s"}`);
  }
  return out.length ? out.join("\n") + "\n" : "";
}

// src/lint/queries.ts
function stageChain(stage) {
  const chain = [];
  for (let s = stage; s; s = s.parent) chain.push(s);
  return chain;
}
function rootStage(stage) {
  const chain = stageChain(stage);
  return chain[chain.length - 1];
}
function chainHas(stage, keyword) {
  return stageChain(stage).some((s) => s.instructions.some((inst) => inst.keyword === keyword));
}
function lastInChain(stage, keyword) {
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i].keyword === keyword) return s.instructions[i];
  }
  return null;
}
function instructionsOf(stage, keyword) {
  return stage.instructions.filter((inst) => inst.keyword === keyword);
}
function allRuns(file) {
  const runs2 = [];
  for (const inst of file.instructions) {
    if (inst.keyword === "RUN") runs2.push(inst);
    else if (inst.trigger?.keyword === "RUN") runs2.push(inst.trigger);
  }
  return runs2;
}
function commandsOf(inst) {
  return inst.script?.commands ?? [];
}
function cacheMountTargets(inst) {
  const targets2 = [];
  for (const flag of inst.flags) {
    if (flag.name.toLowerCase() !== "mount") continue;
    const type = flag.options.find((o) => o.name === "type")?.value;
    if (type !== "cache" && type !== "tmpfs") continue;
    const target = flag.options.find((o) => o.name === "target" || o.name === "dst" || o.name === "destination")?.value;
    if (target) targets2.push(target.replace(/\/+$/, ""));
  }
  return targets2;
}
function mountCovers(inst, path) {
  return cacheMountTargets(inst).some((target) => path === target || path.startsWith(target + "/"));
}
var MANAGERS = {
  "apt-get": "apt",
  apt: "apt",
  apk: "apk",
  yum: "yum",
  dnf: "dnf",
  microdnf: "dnf",
  zypper: "zypper",
  pip: "pip",
  pip2: "pip",
  pip3: "pip",
  npm: "npm",
  yarn: "yarn",
  pnpm: "pnpm",
  gem: "gem",
  pipenv: "pipenv",
  poetry: "poetry"
};
var ACTIONS = {
  install: "install",
  add: "install",
  in: "install",
  i: "install",
  ci: "install",
  update: "update",
  makecache: "update",
  refresh: "update",
  ref: "update",
  upgrade: "upgrade",
  "dist-upgrade": "upgrade",
  "full-upgrade": "upgrade",
  dup: "upgrade",
  up: "upgrade",
  remove: "remove",
  del: "remove",
  purge: "remove",
  autoremove: "remove",
  uninstall: "remove",
  rm: "remove",
  erase: "remove",
  clean: "clean",
  "dist-clean": "clean",
  autoclean: "clean",
  cache: "clean"
};
var packageCommandCache = /* @__PURE__ */ new WeakMap();
function packageCommand(command2) {
  let found = packageCommandCache.get(command2);
  if (found === void 0) packageCommandCache.set(command2, found = readPackageCommand(command2));
  return found;
}
function readPackageCommand(command2) {
  const manager = MANAGERS[command2.name] ?? (/^pip[0-9.]+$/.test(command2.name) ? "pip" : void 0);
  if (!manager) return null;
  const subcommand = command2.positionals[0]?.value ?? (manager === "yarn" && command2.positionals.length === 0 ? "install" : null);
  if (subcommand === null) return null;
  let action = ACTIONS[subcommand] ?? subcommand;
  if ((manager === "yum" || manager === "dnf" || manager === "zypper") && subcommand === "update") action = "upgrade";
  if (manager === "pip" || manager === "npm" || manager === "yarn" || manager === "pnpm" || manager === "gem") {
    if (subcommand === "update" || subcommand === "upgrade") action = "upgrade";
  }
  return { manager, action, packages: command2.positionals.slice(1), command: command2 };
}
var APT_INDEX_READERS = /* @__PURE__ */ new Set([
  "install",
  "upgrade",
  "dist-upgrade",
  "full-upgrade",
  "build-dep",
  "source",
  "download",
  "reinstall",
  "satisfy"
]);
function startupOf(stage) {
  let entrypoint = null;
  let cmd = null;
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) {
      const inst = s.instructions[i];
      if (!entrypoint && inst.keyword === "ENTRYPOINT") entrypoint = inst;
      if (!cmd && inst.keyword === "CMD") cmd = inst;
    }
    if (entrypoint) break;
  }
  return { entrypoint, cmd };
}
function finalStage(file) {
  return file.stages[file.stages.length - 1];
}
function runsAfter(run2) {
  const stage = run2.stage;
  if (!stage) return [];
  const onbuild = run2.onbuild;
  if (onbuild) {
    return stage.instructions.filter((inst) => inst.index > onbuild.index && inst.trigger?.keyword === "RUN").map((inst) => inst.trigger);
  }
  const runs2 = stage.instructions.filter((inst) => inst.keyword === "RUN" && inst.index > run2.index);
  const queue = [...stage.children];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length) {
    const child = queue.shift();
    if (seen.has(child)) continue;
    seen.add(child);
    runs2.push(...child.instructions.filter((inst) => inst.keyword === "RUN"));
    queue.push(...child.children);
  }
  return runs2;
}
function resolveWord(inst, text, escapeChar = "\\") {
  const expansion = expand(text, scopeLookup(inst.scope), escapeChar);
  return expansion.unresolved.length ? null : expansion.value;
}
function shellWordValue(word, inst) {
  if (word.value !== null) return word.value;
  if (word.text.includes("$(") || word.text.includes("`")) return null;
  return resolveWord(inst, word.text);
}
function removesDirectory(command2, dir, inst) {
  const target = dir.replace(/\/+$/, "");
  const covers = (path, recursive) => {
    if (path === null || path === "") return false;
    let trimmed = path.replace(/\/+$/, "");
    const glob = trimmed.endsWith("/*");
    if (glob) trimmed = trimmed.slice(0, -2).replace(/\/+$/, "");
    if (trimmed === target) return true;
    return recursive && (trimmed === "" || target.startsWith(trimmed + "/"));
  };
  if (command2.name === "rm") {
    const recursive = hasFlag(command2, "-r", "-R", "--recursive");
    return command2.positionals.some((word) => covers(shellWordValue(word, inst), recursive));
  }
  if (command2.name === "find") {
    const values = command2.args.map((word) => shellWordValue(word, inst) ?? "");
    const start = values.findIndex((v) => v.startsWith("-") || v === "(" || v === "!");
    const roots = start < 0 ? values : values.slice(0, start);
    const deletes = values.includes("-delete") || values.some((v, i) => (v === "-exec" || v === "-execdir") && values[i + 1] === "rm");
    return deletes && roots.some((root) => covers(root, true));
  }
  return false;
}
function overriddenInstructions(stage, keyword) {
  const all = instructionsOf(stage, keyword);
  const winner = all[all.length - 1];
  return winner ? all.slice(0, -1).map((overridden) => ({ overridden, winner })) : [];
}

// rules/add-instead-of-copy.ts
var REMOTE_PREFIXES = ["http://", "https://", "git@", "git://", "ssh://"];
var ARCHIVE_SUFFIXES = [
  ".tar",
  ".tgz",
  ".taz",
  ".tbz",
  ".tbz2",
  ".tb2",
  ".txz",
  ".tzst",
  ".gz",
  ".bz2",
  ".xz",
  ".zst",
  ".zstd",
  ".lzma",
  ".lz",
  ".lz4",
  ".z"
];
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]);
var GLOB_CHARS = /[*?[]/;
function classify(word, inst, escapeChar, inTrigger) {
  if (word.value.startsWith("<<")) return "local";
  let source;
  if (inTrigger) {
    const expansion = expand(word.value, () => void 0, escapeChar);
    source = expansion.references.length > 0 ? null : expansion.value;
  } else {
    source = resolveWord(inst, word.value, escapeChar);
  }
  if (source === null) return "other";
  const lower = source.toLowerCase();
  if (REMOTE_PREFIXES.some((prefix) => lower.startsWith(prefix)) || /^[a-z][a-z0-9+.-]*:\/\//.test(lower)) return "other";
  const name = lower.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
  if (ARCHIVE_SUFFIXES.some((suffix) => name.endsWith(suffix))) return "other";
  if (GLOB_CHARS.test(name)) {
    const tail = name.split(/[*?[\]]/).pop() ?? "";
    if (!/^[^.]*\.[a-z0-9]+$/.test(tail)) return "other";
  }
  return "local";
}
function copyKeyword(written) {
  if (written === written.toLowerCase()) return "copy";
  if (written === written.toUpperCase()) return "COPY";
  return "Copy";
}
var add_instead_of_copy_default = defineRule({
  id: "add-instead-of-copy",
  aliases: ["DL3020"],
  severity: "error",
  category: "maintainability",
  fixable: true,
  docs: {
    summary: "ADD of local files or directories that are not archives: use COPY",
    details: `Flags an \`ADD\` whose sources are all local files, directories or heredocs, none of which is a
tar archive that ADD would unpack. Such an ADD does exactly what COPY does. The fix replaces the keyword
with \`COPY\` (in the case it was written in).

A source counts as an archive when its name ends like one (\`.tar\`, \`.tar.gz\`, \`.tgz\`, \`.tar.bz2\`,
\`.tbz2\`, \`.tar.xz\`, \`.txz\`, \`.tar.zst\`, \`.gz\`, \`.bz2\`, \`.xz\`, \`.zst\`, ...), and as remote when it is
a URL or a git address (\`http://\`, \`https://\`, \`git@\`, \`git://\`). ARG and ENV values are resolved.`,
    why: `Prefer COPY: it only copies. ADD also downloads URLs and silently unpacks tar archives, so a reader
of \`ADD config /etc/app/\` has to wonder which of the three it does, and a file that later becomes a
tarball changes behaviour without anyone noticing. COPY says what it does and does only that.`,
    bad: `FROM python:3.12-slim
ADD requirements.txt /app/
ADD . /app`,
    good: `FROM python:3.12-slim
COPY requirements.txt /app/
COPY . /app
# ADD stays right where it unpacks or downloads
ADD vendor.tar.gz /opt/vendor/`,
    notes: `Not reported: a source that is a URL or git address, a name that may hold an archive (Docker
detects archives by content: uncompressed tar, gzip, bzip2 and xz per Docker's ADD documentation, zstd in
recent engines, so any archive-like name is left alone), a pattern that may match archives (\`ADD dist/* /x/\`),
a source whose variables have no value, and ADD with a flag only ADD takes (\`--checksum\`, \`--keep-git-dir\`,
\`--unpack\`). A zip file is reported: Docker never unpacks zip files.`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "ADD") continue;
      if (inst.flags.some((flag) => ADD_ONLY_FLAGS.has(flag.name.toLowerCase()))) continue;
      const words2 = inst.execArgs ?? inst.args;
      const sources = words2.slice(0, -1);
      if (sources.length === 0) continue;
      if (!sources.every((word) => classify(word, inst, file.escapeChar, inst.onbuild !== null) === "local")) continue;
      report({
        message: "ADD of local files that are not archives: use COPY",
        range: inst.keywordRange,
        fix: [{ range: inst.keywordRange, text: copyKeyword(inst.keywordText) }]
      });
    }
  }
});

// rules/apk-add-without-no-cache.ts
var CACHE = "/var/cache/apk";
var QUIET_FLAGS = /* @__PURE__ */ new Set(["--no-cache", "--no-network", "-s", "--simulate"]);
function adds(command2) {
  return command2.name === "apk" && command2.positionals[0]?.value === "add";
}
var apk_add_without_no_cache_default = defineRule({
  id: "apk-add-without-no-cache",
  aliases: ["DL3019"],
  severity: "info",
  category: "size",
  fixable: true,
  docs: {
    summary: "`apk add` without `--no-cache` leaves the package index in the layer",
    details: `Flags an \`apk add\` without \`--no-cache\` (or \`--no-network\` or \`--simulate\`, which fetch no
index), unless a cache or tmpfs mount covers \`/var/cache/apk\` or the same RUN removes \`/var/cache/apk\` (or
everything in it) after the \`apk add\`. The fix inserts \` --no-cache\` after \`add\`.`,
    why: `Clean caches in the same layer. \`apk update\` and \`apk add\` store the repository indexes under
\`/var/cache/apk\`; a file left there ships in the layer even if a later RUN deletes it. \`--no-cache\` fetches the
index into a temporary place and keeps nothing, which also makes a separate \`apk update\` unnecessary.`,
    bad: `FROM alpine:3.20
RUN apk update && apk add curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    notes: `hadolint also accepts a cache mount on \`/var/cache/apk\`; whale accepts as well
\`rm -rf /var/cache/apk/*\` after the install in the same RUN, which leaves the same layer, and
\`apk add --no-network\` (used to add run-time dependencies from packages already present), which downloads
nothing. Exec-form RUNs and
non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      if (mountCovers(run2, CACHE)) continue;
      const commands = commandsOf(run2);
      for (const [i, command2] of commands.entries()) {
        if (!adds(command2) || command2.flags.some((flag) => QUIET_FLAGS.has(flag.name))) continue;
        if (commands.slice(i + 1).some((later) => removesDirectory(later, CACHE, run2))) continue;
        const at = command2.positionals[0].range.end;
        report({
          message: "`apk add` without `--no-cache` leaves the package index in this layer; add `--no-cache`",
          range: { start: command2.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: " --no-cache" }]
        });
      }
    }
  }
});

// src/lint/package-pins.ts
function packageNames(word, run2) {
  if (word.value !== null) return [word.value];
  if (word.text.includes("$(") || word.text.includes("`")) return null;
  const value = resolveWord(run2, word.text);
  if (value === null) return null;
  return value.split(/\s+/).filter((name) => name !== "" && !name.startsWith("-"));
}
function unpinnedMessage(word, run2, pinned6, one, many) {
  const names = packageNames(word, run2);
  if (names === null) return null;
  const unpinned3 = names.filter((name) => !pinned6(name));
  if (unpinned3.length === 0) return null;
  return names.length === 1 ? one : many(unpinned3.join(", "));
}

// rules/apk-package-not-pinned.ts
function pinned(name) {
  return /[=<>~]/.test(name) || name.startsWith("/") || name.startsWith(".") || name.endsWith(".apk");
}
function adds2(command2) {
  return command2.name === "apk" && command2.positionals[0]?.value === "add";
}
var apk_package_not_pinned_default = defineRule({
  id: "apk-package-not-pinned",
  aliases: ["DL3018"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`apk add` of a package without a version",
    details: `Flags each package of an \`apk add\` without a version constraint: \`package=1.2.3-r0\`,
\`package~1.2\` (fuzzy), \`package>=1.2\`, \`package<2\`. Local \`.apk\` files and paths are fine. The values of
\`-t\`/\`--virtual\`, \`-X\`/\`--repository\` and other options that take one are not packages. ARG and ENV values
are substituted before deciding (\`curl=\${CURL_VERSION}\` is pinned); a word whose value is unknown
(\`$(cat packages.txt)\`, an ARG without a default) is not reported.`,
    why: `Without a version, \`apk add\` installs whatever the repository holds on the day of the build, so
rebuilding the same Dockerfile can give a different image, or break. A pin (or a fuzzy pin on the minor
version, \`curl~8.5\`) keeps builds repeatable and makes upgrades a visible change.`,
    bad: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl~8`,
    notes: `One finding per unpinned package, on the package. hadolint only accepts \`=\`; whale also accepts the
other apk constraints (\`~\`, \`<\`, \`>\`). \`package@tag\` selects a repository, not a version, and is reported.
Alpine keeps only the current version of a package in each release branch, so exact pins break when it is
updated; \`~\` on the major or minor version is the usual compromise.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (!adds2(command2)) continue;
        for (const word of command2.positionals.slice(1)) {
          const message = unpinnedMessage(
            word,
            run2,
            pinned,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}=<version>\` or \`${word.display}~<version>\``,
            (unpinned3) => `\`${word.display}\` holds packages not pinned to a version (${unpinned3}): use \`package=<version>\``
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  }
});

// src/lint/apt-install.ts
var PROGRAMS = /* @__PURE__ */ new Set(["apt-get", "apt", "aptitude"]);
var SIMULATE = /* @__PURE__ */ new Set(["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"]);
function installs(command2) {
  return PROGRAMS.has(command2.name) && command2.positionals[0]?.value === "install" && !command2.flags.some((flag) => SIMULATE.has(flag.name));
}
function variableOptions(command2, run2) {
  const options = [];
  for (const word of command2.positionals) {
    if (word.value !== null || word.text.includes("$(") || word.text.includes("`")) continue;
    const value = resolveWord(run2, word.text);
    if (value) options.push(...value.split(/\s+/).filter((token) => token.startsWith("-")));
  }
  return options;
}

// rules/apt-install-recommends.ts
var OFF = /* @__PURE__ */ new Set(["false", "no", "0", "off"]);
function skipsRecommends(command2) {
  for (const flag of command2.flags) {
    if (flag.name === "--no-install-recommends") return true;
    if (command2.name === "aptitude" && (flag.name === "-R" || flag.name === "--without-recommends")) return true;
    if ((flag.name === "-o" || flag.name === "--option") && flag.value) {
      const eq = flag.value.indexOf("=");
      if (eq <= 0) continue;
      const key = flag.value.slice(0, eq).toLowerCase();
      const value = flag.value.slice(eq + 1).replace(/^["']|["']$/g, "").toLowerCase();
      if ((key === "apt::install-recommends" || key === "aptitude::recommends-important") && OFF.has(value)) return true;
    }
  }
  return false;
}
var apt_install_recommends_default = defineRule({
  id: "apt-install-recommends",
  aliases: ["DL3015"],
  severity: "info",
  category: "size",
  fixable: true,
  docs: {
    summary: "`apt-get install` without `--no-install-recommends` pulls in recommended packages",
    details: `Flags an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) without
\`--no-install-recommends\` or \`-o APT::Install-Recommends=false\` (for aptitude also \`-R\`/\`--without-recommends\`).
The fix inserts \` --no-install-recommends\` after \`install\` (\` -R\` for aptitude).`,
    why: `By default APT also installs every package the requested ones recommend: documentation, optional tools,
sometimes whole toolchains. They make the image larger and give it more to patch, for nothing the image uses.
Install only what you name, and name what you need.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
hadolint checks \`apt-get install\` only; whale also checks \`apt install\` and \`aptitude install\`. A
setting written to \`/etc/apt/apt.conf.d\` (\`APT::Install-Recommends "false";\`) is not seen: pass the option on
the command line, or ignore the rule for that file.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (!installs(command2) || skipsRecommends(command2)) continue;
        if (variableOptions(command2, run2).some((o) => o === "--no-install-recommends" || o === "--without-recommends")) continue;
        const at = command2.positionals[0].range.end;
        const option = command2.name === "aptitude" ? "-R" : "--no-install-recommends";
        report({
          message: `\`${command2.name} install\` also installs recommended packages; add \`${option}\``,
          range: { start: command2.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: ` ${option}` }]
        });
      }
    }
  }
});

// rules/apt-install-without-yes.ts
var ASSUME_YES_OPTIONS = /* @__PURE__ */ new Set(["apt::get::assume-yes", "aptitude::cmdline::assume-yes"]);
function assumesYes(command2) {
  let quiet = 0;
  for (const flag of command2.flags) {
    if (flag.name === "-y" || flag.name === "--yes" || flag.name === "--assume-yes") return true;
    if (flag.name === "-q" || flag.name === "--quiet") {
      if (flag.value !== null && Number(flag.value) >= 2) return true;
      quiet++;
    }
    if ((flag.name === "-o" || flag.name === "--option") && flag.value) {
      const eq = flag.value.indexOf("=");
      const key = flag.value.slice(0, eq).toLowerCase();
      const value = flag.value.slice(eq + 1).replace(/^["']|["']$/g, "").toLowerCase();
      if (eq > 0 && ASSUME_YES_OPTIONS.has(key) && ["true", "yes", "1"].includes(value)) return true;
    }
  }
  return quiet >= 2 && command2.name !== "aptitude";
}
var apt_install_without_yes_default = defineRule({
  id: "apt-install-without-yes",
  aliases: ["DL3014"],
  severity: "warning",
  category: "correctness",
  fixable: true,
  docs: {
    summary: "`apt-get install` without `-y`: the build stops at the confirmation prompt",
    details: `Flags an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) that does not answer yes to
its prompt: none of \`-y\`, \`--yes\`, \`--assume-yes\`, quiet level 2 (\`-qq\`, \`-q -q\`, \`-q=2\`, apt-get and apt
only) or \`-o APT::Get::Assume-Yes=true\`, and not fed by \`yes |\`. The fix inserts \` -y\` after \`install\`.`,
    why: `A build has no terminal to answer "Do you want to continue? [Y/n]". apt-get reads end of input, takes it
as no and aborts, so the build fails as soon as the install needs more than the named packages.
\`DEBIAN_FRONTEND=noninteractive\` silences debconf questions, not this prompt.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
hadolint checks \`apt-get install\` only; whale also checks \`apt install\` and \`aptitude install\`, which
prompt the same way (aptitude has no quiet level that implies yes). An \`APT::Get::Assume-Yes\` setting written to
\`/etc/apt/apt.conf.d\` is not seen: pass \`-y\` explicitly.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      const commands = commandsOf(run2);
      for (const [i, command2] of commands.entries()) {
        if (!installs(command2) || assumesYes(command2)) continue;
        const hidden = variableOptions(command2, run2);
        if (hidden.some((o) => o === "--yes" || o === "--assume-yes" || o === "-qq" || o === "-q=2" || /^-[a-z]+$/.test(o) && o.includes("y"))) continue;
        if (command2.connector === "|" && commands[i - 1]?.name === "yes") continue;
        const at = command2.positionals[0].range.end;
        report({
          message: `\`${command2.name} install\` without \`-y\` stops at the confirmation prompt; add \`-y\``,
          range: { start: command2.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: " -y" }]
        });
      }
    }
  }
});

// rules/apt-instead-of-apt-get.ts
var apt_instead_of_apt_get_default = defineRule({
  id: "apt-instead-of-apt-get",
  aliases: ["DL3027"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`apt` in a RUN: use `apt-get` or `apt-cache`",
    details: `Flags every \`apt\` command in a RUN (\`apt install\`, \`apt update\`, \`apt list\`...).`,
    why: `\`apt\` is the interactive front end: its output and behaviour may change between releases, and it warns
"apt does not have a stable CLI interface. Use with caution in scripts." \`apt-get\` and \`apt-cache\` are the
stable interfaces meant for scripts and builds.`,
    bad: `FROM debian:12-slim
RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `\`apt-get\` replaces \`apt install/remove/update/upgrade\`; \`apt-cache\` replaces \`apt search/show/policy\`.
Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "apt" || !command2.nameWord) continue;
        report({
          message: "`apt` has no stable command-line interface for scripts; use `apt-get` or `apt-cache`",
          range: command2.nameWord.range
        });
      }
    }
  }
});

// rules/apt-lists-not-cleaned.ts
var LISTS = "/var/lib/apt/lists";
var CLEANUP = " && rm -rf /var/lib/apt/lists/*";
function isAptUpdate(command2) {
  const pkg = packageCommand(command2);
  return pkg?.manager === "apt" && pkg.action === "update";
}
function cleansLists(command2, run2) {
  if (removesDirectory(command2, LISTS, run2)) return true;
  const pkg = packageCommand(command2);
  return pkg?.manager === "apt" && command2.positionals[0]?.value === "dist-clean";
}
function readsLists(command2) {
  if (command2.name === "apt-cache" || command2.name === "aptitude") return true;
  const pkg = packageCommand(command2);
  return pkg?.manager === "apt" && APT_INDEX_READERS.has(command2.positionals[0]?.value ?? "");
}
function safeToRemove(run2, update) {
  const commands = commandsOf(run2);
  if (!commands.slice(commands.indexOf(update) + 1).some(readsLists)) return false;
  return !runsAfter(run2).some((later) => {
    const laterCommands = commandsOf(later);
    const first = laterCommands.findIndex((c) => readsLists(c) || isAptUpdate(c));
    return first >= 0 && !isAptUpdate(laterCommands[first]);
  });
}
function aptClean(command2) {
  const pkg = packageCommand(command2);
  return pkg?.manager === "apt" && (command2.positionals[0]?.value === "clean" || command2.positionals[0]?.value === "autoclean");
}
function fixPoint(run2, lines) {
  const commands = commandsOf(run2);
  const last = commands[commands.length - 1];
  if (!last || !run2.script) return null;
  if (!commands.every((c, i) => c.nesting === null && !c.inPipeline && (i === 0 ? c.connector === null : c.connector === "&&"))) return null;
  const end = run2.script.range.end;
  const tail = [];
  for (let line = last.range.end.line; line <= end.line; line++) {
    const text = lines[line] ?? "";
    const from = line === last.range.end.line ? last.range.end.character : 0;
    tail.push(line === end.line ? text.slice(from, end.character) : text.slice(from));
  }
  return tail.every((piece) => /^[\s\\`]*$/.test(piece)) ? last.range.end : null;
}
var apt_lists_not_cleaned_default = defineRule({
  id: "apt-lists-not-cleaned",
  aliases: ["DL3009"],
  severity: "info",
  category: "size",
  fixable: true,
  docs: {
    summary: "`apt-get update` without removing `/var/lib/apt/lists/*` in the same RUN",
    details: `Flags a RUN that runs \`apt-get update\` (or \`apt update\`) but does not remove the package lists it
downloads in the same RUN: \`rm -rf /var/lib/apt/lists/*\` (or \`/var/lib/apt/lists\`, \`/var/lib/apt/lists/\`),
\`find /var/lib/apt/lists ... -delete\`, a recursive removal of a directory above it, or \`apt-get dist-clean\`.
Removing single files in it (\`rm -f /var/lib/apt/lists/lock\`) does not count. \`apt-get clean\` alone does not count: it
empties \`/var/cache/apt/archives\`, not the lists; the message says so when that is what the RUN does.

The fix appends \` && rm -rf /var/lib/apt/lists/*\` to the RUN when the RUN is a plain chain of commands joined by
\`&&\`, installs after its update, and no later RUN installs from the same lists without updating them again;
other RUNs are left for you to edit.`,
    why: `Clean caches in the same layer. The lists \`apt-get update\` writes weigh tens of megabytes. Each RUN is a
layer, and a file deleted in a later RUN still ships in the earlier layer, so the lists must go in the RUN
that created them. Removing them also means no later RUN can install from a stale index by accident.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, and stages that other
stages are built FROM. A builder stage that later stages only copy files from is fine. A cache or tmpfs mount on
\`/var/lib/apt/lists\` (or \`/var/lib/apt\`) keeps the lists out of the layer and silences the rule:
\`RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && ...\`. ONBUILD RUNs are
checked, since they run in the image built on this one. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      const stage = run2.stage;
      if (!stage || !(run2.onbuild || stage.inFinalImage || stage.children.length > 0)) continue;
      if (mountCovers(run2, LISTS)) continue;
      const commands = commandsOf(run2);
      const update = [...commands].reverse().find(isAptUpdate);
      if (!update) continue;
      const after = commands.slice(commands.indexOf(update) + 1);
      if (after.some((c) => cleansLists(c, run2))) continue;
      const message = after.some(aptClean) ? `\`${update.name} update\` leaves the package lists in this layer: \`apt-get clean\` does not remove /var/lib/apt/lists; add \`rm -rf /var/lib/apt/lists/*\` to this RUN` : `\`${update.name} update\` leaves the package lists in this layer; add \`rm -rf /var/lib/apt/lists/*\` to this RUN`;
      const at = safeToRemove(run2, update) ? fixPoint(run2, file.lines) : null;
      const fix = at ? [{ range: { start: at, end: at }, text: CLEANUP }] : void 0;
      report({ message, range: update.range, ...fix ? { fix } : {} });
    }
  }
});

// rules/apt-package-not-pinned.ts
function pinned2(name) {
  return name.includes("=") || name.startsWith("/") || name.startsWith(".") || name.endsWith(".deb") || name.startsWith("~") || name.startsWith("?");
}
var apt_package_not_pinned_default = defineRule({
  id: "apt-package-not-pinned",
  aliases: ["DL3008"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`apt-get install` of a package without a `=version` pin",
    details: `Flags each package of an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) that is
not pinned to a version with \`package=version\`. Local package files (\`./app.deb\`, \`/tmp/app.deb\`) are fine.
The value of \`-t\`/\`--target-release\` and of other options that take one is not a package. ARG and ENV values
are substituted before deciding (\`curl=\${CURL_VERSION}\` is pinned; \`$PACKAGES\` is read as the packages it
holds); a word whose value is unknown (\`$(cat packages.txt)\`, an ARG without a default) is not reported.`,
    why: `Without a pin, the package version depends on the day of the build: rebuilding the same Dockerfile can
pull a newer version that breaks the image, and two builds of one commit may differ. A pin makes the build
repeatable and makes upgrades a visible change in the Dockerfile.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
One finding per unpinned package, on the package. hadolint checks \`apt-get install\` only; whale also
checks \`apt install\` and \`aptitude install\`, whose packages pin the same way. \`package/release\` selects a
release, not a version, and is reported. Pins tie the build to a snapshot of the archive: Debian and Ubuntu
remove old versions from their mirrors, so pinned builds need updating when a version disappears (or
\`snapshot.debian.org\`). Many teams pin the base image digest instead and leave this rule off.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (!installs(command2)) continue;
        for (const word of command2.positionals.slice(1)) {
          const message = unpinnedMessage(
            word,
            run2,
            pinned2,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}=<version>\``,
            (unpinned3) => `\`${word.display}\` holds packages not pinned to a version (${unpinned3}): use \`package=<version>\``
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  }
});

// rules/apt-update-without-install.ts
var FAMILIES = { apt: "apt", apk: "apk", yum: "rpm", dnf: "rpm", zypper: "zypper" };
var INDEX_USERS = {
  apt: APT_INDEX_READERS,
  apk: /* @__PURE__ */ new Set(["add", "upgrade", "fix", "fetch"]),
  rpm: /* @__PURE__ */ new Set([
    "install",
    "in",
    "localinstall",
    "groupinstall",
    "group",
    "module",
    "reinstall",
    "downgrade",
    "distro-sync",
    "builddep",
    "update",
    "upgrade",
    "up",
    "update-minimal",
    "upgrade-minimal",
    "swap",
    "download",
    "groupupdate",
    "install-n",
    "install-na",
    "install-nevra"
  ]),
  zypper: /* @__PURE__ */ new Set(["install", "in", "update", "up", "dist-upgrade", "dup", "patch", "source-install", "si", "install-new-recommends", "inr", "download"])
};
var OTHER_INSTALLERS = {
  aptitude: "apt",
  "apt-fast": "apt",
  "yum-builddep": "rpm",
  yumdownloader: "rpm",
  "debuginfo-install": "rpm",
  // bitnami/minideb's helper: updates, installs and cleans in one go.
  install_packages: "apt"
};
var OPAQUE = /* @__PURE__ */ new Set([...POSIX_SHELLS, "xargs", "eval", "source", ".", "make", "su", "runuser", "chroot", "ansible-playbook", "parallel"]);
var INDEX_DIRS = {
  apt: ["/var/lib/apt/lists"],
  apk: ["/var/cache/apk"],
  rpm: ["/var/cache/yum", "/var/cache/dnf"],
  zypper: ["/var/cache/zypp"]
};
function dropsIndex(command2, family, run2) {
  if (INDEX_DIRS[family].some((dir) => removesDirectory(command2, dir, run2))) return true;
  const pkg = packageCommand(command2);
  if (!pkg || FAMILIES[pkg.manager] !== family) return false;
  const [sub, what] = command2.positionals.map((word) => word.value);
  if (family === "apt") return sub === "dist-clean";
  if (family === "rpm") return sub === "clean" && (what === "all" || what === "metadata" || what === "dbcache");
  if (family === "zypper") return sub === "clean" && command2.flags.some((f) => ["-a", "--all", "-m", "--metadata", "-M", "--raw-metadata"].includes(f.name));
  return sub === "cache" && what === "clean";
}
function indexUse(command2) {
  const other = OTHER_INSTALLERS[command2.name];
  if (other) return { family: other, kind: "install" };
  const pkg = packageCommand(command2);
  const family = pkg && FAMILIES[pkg.manager];
  if (!pkg || !family) return null;
  if (pkg.action === "update") return { family, kind: "update" };
  const subcommand = command2.positionals[0]?.value ?? "";
  return INDEX_USERS[family].has(subcommand) ? { family, kind: "install" } : null;
}
function opaque(command2) {
  if ((command2.name === "." || command2.name === "source") && /^\/etc\/(os|lsb)-release$/.test(command2.positionals[0]?.value ?? "")) return false;
  if (OPAQUE.has(command2.name) || command2.name.endsWith(".sh")) return true;
  const written = command2.nameWord?.display ?? "";
  return written.includes("/") && indexUse(command2) === null && !/^\/(usr\/)?s?bin\//.test(written);
}
function describe(command2) {
  return [command2.name, command2.positionals[0]?.display ?? ""].join(" ").trim();
}
var apt_update_without_install_default = defineRule({
  id: "apt-update-without-install",
  aliases: [],
  severity: "warning",
  category: "cache",
  docs: {
    summary: "An index update (`apt-get update`, `apk update`, `yum makecache`, `zypper refresh`) in a RUN that installs nothing",
    details: `Flags \`apt-get update\` (or \`apt update\`) in a RUN that does not also install from the index: no
\`install\`, \`upgrade\`, \`dist-upgrade\`, \`full-upgrade\`, \`build-dep\`, \`source\` or \`download\` in the same RUN.
The same goes for \`apk update\` without \`apk add\`, \`yum\`/\`dnf makecache\` without an install, and
\`zypper refresh\` without an install.

The finding sits on the update command. When a later RUN of the stage (or of a stage built on it) installs from
that index, the message names it and its line.`,
    why: `Update and install in one step. Docker caches each RUN as a layer, keyed by the instruction text. The
RUN with \`apt-get update\` alone does not change, so the next build reuses its layer with the index from the
day it was first built; when you add a package to the later \`apt-get install\`, only that RUN runs again, against
the old index, and fails with 404s for versions the mirror no longer has (or silently installs outdated
packages). Updating in the same RUN as the install refreshes the index whenever the package list changes.`,
    bad: `FROM ubuntu:24.04
RUN apt-get update
RUN apt-get install -y --no-install-recommends python3`,
    good: `FROM ubuntu:24.04
RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 \\
 && rm -rf /var/lib/apt/lists/*`,
    notes: `The rule stays quiet when the same RUN also runs something whose commands it cannot see and that may
install from the index: a script (\`./install.sh\`, \`bash setup.sh\`, \`curl ... | sh\`), \`xargs\`, \`eval\`,
\`make\`, or bitnami's \`install_packages\`. It also stays quiet when the same RUN removes the index again (\`rm -rf /var/lib/apt/lists/*\`, \`yum clean all\`):
the update is then wasted, but nothing can install from it stale. Exec-form RUNs and RUNs for a non-POSIX shell
(Windows images) are
not read. \`yum update\` and \`zypper update\` upgrade packages, so they count as installs, not as index updates.
Related: \`apt-lists-not-cleaned\` (remove the index in the same RUN once it has been used).`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      const commands = commandsOf(run2);
      if (commands.some(opaque)) continue;
      const uses = commands.map((command2) => ({ command: command2, use: indexUse(command2) }));
      for (const { command: command2, use } of uses) {
        if (use?.kind !== "update") continue;
        if (uses.some((other) => other.use?.family === use.family && other.use.kind === "install")) continue;
        if (commands.slice(commands.indexOf(command2) + 1).some((other) => dropsIndex(other, use.family, run2))) continue;
        let later = null;
        for (const next of runsAfter(run2)) {
          const nextUses = commandsOf(next).map(indexUse).filter((u) => u?.family === use.family);
          if (nextUses.length === 0) continue;
          if (!nextUses.some((u) => u?.kind === "update")) later = commandsOf(next).find((c) => indexUse(c)?.family === use.family) ?? null;
          break;
        }
        const what = describe(command2);
        const consequence = later ? `the \`${describe(later)}\` on line ${later.range.start.line + 1} may install from a stale index when this layer comes from the cache` : "a later install may use a stale index when this layer comes from the cache";
        report({ message: `\`${what}\` in a RUN that installs nothing: ${consequence}; update and install in the same RUN`, range: command2.range });
      }
    }
  }
});

// rules/base-image-latest-tag.ts
var base_image_latest_tag_default = defineRule({
  id: "base-image-latest-tag",
  aliases: ["DL3007"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "FROM an image tagged `:latest` without a digest",
    details: `Flags \`FROM image:latest\` without a digest, at the image reference. ARG defaults are substituted:
\`ARG TAG=latest\` then \`FROM node:$TAG\` is reported, since a plain \`docker build\` uses the default.`,
    why: `\`latest\` moves: it points at whatever was pushed last, so the same Dockerfile builds a different image
from one week to the next, and nobody can tell which base a running image had. Name the version you tested
(\`node:22.11-slim\`) or pin the digest.`,
    bad: `FROM node:latest
CMD ["node", "server.js"]`,
    good: `FROM node:22-slim
CMD ["node", "server.js"]`,
    notes: `Not reported: \`:latest@sha256:...\` (the digest fixes the image), a tag from a variable with no
default. An image without any tag is \`base-image-untagged\` (DL3006).`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || image.unresolved || image.digest !== null || image.tag !== "latest") continue;
      report({ message: `\`${image.resolved}\` uses the moving \`latest\` tag: pin a version or a digest`, range: image.range });
    }
  }
});

// rules/base-image-untagged.ts
var base_image_untagged_default = defineRule({
  id: "base-image-untagged",
  aliases: ["DL3006"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "FROM an image without a tag or digest",
    details: `Flags \`FROM\` of an image with neither a tag nor a digest (\`FROM ubuntu\`), at the image reference.
ARG defaults are substituted in the tag: \`ARG V=3.12\` then \`FROM python:$V\` is tagged; a literal image name
behind a variable registry (\`FROM $REGISTRY/ubuntu\`) is checked.`,
    why: `Without a tag Docker pulls \`:latest\`, whatever that is on the day of the build: a new major release of
the distribution or runtime can arrive unannounced and break the build or the application. A tag (better, a
digest) names the base the Dockerfile was written and tested for, and makes builds repeatable.`,
    bad: `FROM ubuntu
RUN echo hello`,
    good: `FROM ubuntu:24.04
RUN echo hello`,
    notes: `Not reported: \`FROM scratch\`, a digest (\`FROM ubuntu@sha256:...\`), a name of an earlier stage, and an
image whose name comes from a variable (\`FROM $BASE_IMAGE\`, \`FROM registry/$IMAGE\`): the build chooses it,
whatever the default, as in hadolint. \`FROM ... :latest\` is \`base-image-latest-tag\` (DL3007).`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || image.unresolved || image.tag !== null || image.digest !== null) continue;
      const last = image.raw.split("/").pop() ?? "";
      if (last.includes("$")) continue;
      report({ message: `\`${image.resolved}\` has no tag: pin a version, e.g. \`${image.resolved}:<version>\``, range: image.range });
    }
  }
});

// rules/cd-in-run.ts
var cd_in_run_default = defineRule({
  id: "cd-in-run",
  aliases: ["DL3003"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`cd` inside RUN: use WORKDIR to change directory",
    details: `Flags a \`cd\` command in a \`RUN\` (ONBUILD triggers included). The finding is at the \`cd\`.`,
    why: `\`cd\` lasts until the end of its RUN only, so the next instruction silently runs somewhere else, and a
reader has to follow every \`cd\` to know where files land. \`WORKDIR\` sets the directory for every later
\`RUN\`, \`COPY\`, \`CMD\` and \`ENTRYPOINT\`, creates it if needed, and shows in the image history.`,
    bad: `FROM node:22-slim
COPY . /usr/src/app
RUN cd /usr/src/app && npm ci`,
    good: `FROM node:22-slim
WORKDIR /usr/src/app
COPY . .
RUN npm ci`,
    notes: `Not reported: \`cd\` in a subshell (\`(cd sub && make)\`) or a command substitution
(\`$(cd "$(dirname "$0")" && pwd)\`), where it cannot leak past its parentheses and there is no WORKDIR
equivalent; \`cd\` in heredoc data that is not a script; shells that are not POSIX. hadolint reports these too.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "cd" || !command2.nameWord) continue;
        if (command2.nesting === "subshell" || command2.nesting === "substitution") continue;
        report({ message: "Use WORKDIR to switch to a directory instead of `cd` in RUN", range: command2.nameWord.range });
      }
    }
  }
});

// rules/cmd-shell-form.ts
function shellSet(inst) {
  const stage = inst.stage;
  if (!stage) return false;
  return stageChain(stage).some((s) => s.instructions.some((other) => other.keyword === "SHELL" && (s !== stage || other.index < (inst.onbuild ?? inst).index)));
}
var cmd_shell_form_default = defineRule({
  id: "cmd-shell-form",
  aliases: ["DL3025", "JSONArgsRecommended"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "CMD or ENTRYPOINT in shell form: use the JSON (exec) form",
    details: `Flags \`CMD\` and \`ENTRYPOINT\` written in shell form (\`CMD node server.js\`) rather than as a JSON
array (\`CMD ["node", "server.js"]\`). ONBUILD triggers are checked too.`,
    why: `In shell form Docker runs the command as \`/bin/sh -c "..."\`: the shell is PID 1 and, as most shells do,
does not forward SIGTERM to the program. \`docker stop\` then waits its 10 seconds and kills the container:
no graceful shutdown, lost requests, slow deploys. A shell-form ENTRYPOINT also ignores CMD and \`docker run\`
arguments.`,
    bad: `FROM node:22-slim
CMD node server.js`,
    good: `FROM node:22-slim
CMD ["node", "server.js"]`,
    notes: `Not reported when a \`SHELL\` instruction is in force in the stage (or a stage it builds on): the shell
form is then a deliberate choice, and BuildKit's JSONArgsRecommended stays quiet too. \`HEALTHCHECK CMD\` in
shell form is not reported (hadolint reports it, BuildKit does not): the health check is not PID 1 and receives
no stop signal, so the reason for the rule does not apply there.`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "CMD" && inst.keyword !== "ENTRYPOINT") continue;
      if (inst.form !== "shell" || !inst.argsRange) continue;
      if (shellSet(inst)) continue;
      report({
        message: `JSON arguments recommended for ${inst.keyword} to prevent unintended behavior related to OS signals`,
        range: inst.argsRange
      });
    }
  }
});

// rules/consecutive-run.ts
function flagKey(run2) {
  return run2.flags.map((flag) => `${flag.name.toLowerCase()}=${flag.value ?? ""}`).sort().join("\n");
}
function commandCount(run2) {
  if (!run2.script) return null;
  return run2.script.commands.filter((command2) => command2.nesting !== "substitution").length;
}
function firstLine(run2, lines, escapeChar) {
  const { start, end } = run2.range;
  if (start.line === end.line) return run2.range;
  let text = (lines[start.line] ?? "").replace(/\s+$/, "");
  if (text.endsWith(escapeChar)) text = text.slice(0, -1).replace(/\s+$/, "");
  return { start, end: { line: start.line, character: Math.max(text.length, run2.keywordRange.end.character) } };
}
var consecutive_run_default = defineRule({
  id: "consecutive-run",
  aliases: ["DL3059"],
  severity: "info",
  category: "size",
  options: {
    longRun: {
      type: "number",
      default: 3,
      description: "A RUN with at least this many commands is long on its own and is not asked to merge."
    }
  },
  docs: {
    summary: "Consecutive RUN instructions with the same flags that could be one",
    details: `Flags a RUN that directly follows another RUN of the same stage (comments between them do not count,
any other instruction does) when both have the same flags (\`--mount\`, \`--network\`, \`--security\`). The finding
sits on the first line of the second RUN.

It stays quiet when either RUN is long on its own (at least \`longRun\` commands, 3 by default), for heredoc
RUNs (\`RUN <<EOF\`), which are already scripts, and in builder stages that the final stage only copies files
from (\`COPY --from\`): their layers never ship, and separate RUNs there keep the build cache fine-grained.
Stages that the final stage does not use at all are still checked, since they are built with \`--target\`.`,
    why: `Minimize separate RUN steps. Each RUN is a layer: a file created in one and deleted in the next still
ships, every layer adds overhead to pull and to start, and a chain of one-liners is harder to read than one
step that says what it does. Short RUNs in a row are usually one step written as several.`,
    bad: `FROM python:3.12-slim
RUN useradd --create-home app
RUN mkdir /data
RUN chown app /data`,
    good: `FROM python:3.12-slim
RUN useradd --create-home app \\
 && mkdir /data \\
 && chown app /data`,
    notes: `Separate RUNs are sometimes right: to keep an expensive step cached apart from one that changes
often, or to give a failing step its own line in the build log; use an ignore comment with a reason then.
RUNs with different flags (a cache mount, \`--network=none\`) cannot be merged without changing what they do, so
they are not flagged. Exec-form RUNs and RUNs for a non-POSIX shell (Windows images) are not flagged: their
commands cannot be counted or joined with \`&&\`. ONBUILD RUNs are not considered.`
  },
  check({ file, options, report }) {
    const longRun = typeof options["longRun"] === "number" ? options["longRun"] : 3;
    const short = (run2) => {
      if (run2.heredocs.length > 0 || run2.form !== "shell") return false;
      const count = commandCount(run2);
      return count !== null && count < longRun;
    };
    for (const stage of file.stages) {
      if (stage.reachesFinal && !stage.inFinalImage) continue;
      let previous = null;
      for (const inst of stage.instructions) {
        if (inst.keyword === "RUN" && previous && short(previous) && short(inst) && flagKey(previous) === flagKey(inst)) {
          report({
            message: `RUN follows the RUN on line ${previous.range.start.line + 1}${inst.flags.length ? " with the same flags" : ""}; merge them into one RUN with &&`,
            range: firstLine(inst, file.lines, file.escapeChar)
          });
        }
        previous = inst.keyword === "RUN" ? inst : null;
      }
    }
  }
});

// rules/copy-before-dependency-install.ts
var WHOLE_CONTEXT = /* @__PURE__ */ new Set([".", "./", "*", "./*"]);
function localPath(word) {
  const v = word.display;
  return v.startsWith(".") || v.startsWith("/") || v.startsWith("~") || v.startsWith("$") || v.includes("/") && !v.includes("://") || /\.(whl|tar\.gz|zip)$/.test(v);
}
function manifestInstall(command2) {
  const [first, second] = command2.positionals.map((word) => word.value);
  const pkg = packageCommand(command2);
  const bare2 = command2.positionals.length === 1;
  switch (pkg?.manager) {
    case "pip": {
      if (first !== "install") return null;
      const files = command2.flags.filter((f) => (f.name === "-r" || f.name === "--requirement") && f.value).map((f) => f.value);
      const editable = command2.flags.some((f) => f.name === "-e" || f.name === "--editable");
      if (files.length === 0 || editable || pkg.packages.some(localPath)) return null;
      return { text: `${command2.name} install ${files.map((f) => `-r ${f}`).join(" ")}`, manifest: files.join(" and "), command: command2 };
    }
    case "pipenv":
      return first === "install" && bare2 ? { text: "pipenv install", manifest: "Pipfile and Pipfile.lock", command: command2 } : null;
    case "poetry":
      return first === "install" && bare2 ? { text: "poetry install", manifest: "pyproject.toml and poetry.lock", command: command2 } : null;
    case "npm":
      if (first === "ci" && bare2) return { text: "npm ci", manifest: "package.json and package-lock.json", command: command2 };
      return (first === "install" || first === "i") && bare2 ? { text: `npm ${first}`, manifest: "package.json and package-lock.json", command: command2 } : null;
    case "yarn":
      if (command2.positionals.length === 0) return { text: "yarn", manifest: "package.json and yarn.lock", command: command2 };
      return first === "install" && bare2 ? { text: "yarn install", manifest: "package.json and yarn.lock", command: command2 } : null;
    case "pnpm":
      return (first === "install" || first === "i") && bare2 ? { text: `pnpm ${first}`, manifest: "package.json and pnpm-lock.yaml", command: command2 } : null;
    default:
      break;
  }
  switch (command2.name) {
    case "bundle":
    case "bundler":
      return first === "install" && bare2 ? { text: "bundle install", manifest: "Gemfile and Gemfile.lock", command: command2 } : null;
    case "go":
      return first === "mod" && second === "download" ? { text: "go mod download", manifest: "go.mod and go.sum", command: command2 } : null;
    case "composer":
    case "composer.phar":
      return first === "install" && bare2 ? { text: "composer install", manifest: "composer.json and composer.lock", command: command2 } : null;
    case "php":
      return programName(first ?? "") === "composer.phar" && second === "install" && command2.positionals.length === 2 ? { text: "composer install", manifest: "composer.json and composer.lock", command: command2 } : null;
    case "mvn":
    case "mvnw": {
      const goal = command2.positionals.map((w) => w.value ?? "").find((v) => v === "dependency:go-offline" || v === "dependency:resolve");
      return goal ? { text: `mvn ${goal}`, manifest: "pom.xml", command: command2 } : null;
    }
    default:
      return null;
  }
}
function wholeContextSource(inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD" || inst.heredocs.length > 0) return null;
  if (inst.flags.some((flag) => flag.name.toLowerCase() === "from")) return null;
  const words2 = inst.execArgs ?? inst.args;
  return words2.slice(0, -1).find((word) => WHOLE_CONTEXT.has(word.value)) ?? null;
}
function sequences(stage) {
  const own = stage.instructions.filter((inst) => inst.keyword !== "ONBUILD");
  const triggers = stage.instructions.flatMap((inst) => inst.trigger ? [inst.trigger] : []);
  return [own, triggers];
}
var copy_before_dependency_install_default = defineRule({
  id: "copy-before-dependency-install",
  aliases: [],
  severity: "warning",
  category: "cache",
  docs: {
    summary: "The whole build context is copied before a dependency install that needs only the manifest",
    details: `Flags a COPY or ADD of the whole build context (a source of \`.\`, \`./\`, \`*\` or \`./*\`, without
\`--from\`) that comes before, in the same stage, a RUN installing dependencies from a manifest:
\`pip install -r requirements.txt\` (also \`pip3\`, \`python -m pip\`), \`pipenv install\`, \`poetry install\`,
\`npm ci\`, \`npm install\` without package arguments, \`yarn install\` or bare \`yarn\`, \`pnpm install\`,
\`bundle install\`, \`go mod download\`, \`composer install\`, \`mvn dependency:go-offline\` or
\`mvn dependency:resolve\`. The finding sits on the COPY and names the install and its line.`,
    why: `Order instructions so the layer cache survives a source change. Docker reuses a layer only while
everything before it is unchanged, and a COPY of the whole context changes with every edit to any file. An
install after it downloads and builds every dependency again on each build, although the manifest did not
change. Copy the manifest alone first, install, then copy the rest: a source change then rebuilds from the
second COPY, and the dependency layer comes from the cache.`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]`,
    notes: `Installs that also need the source are not flagged: \`pip install -r requirements.txt .\`,
\`pip install -e .\`, \`npm install ./lib\`. Nor are installs that run only under a condition
(\`if [ -s requirements.txt ]; then pip install -r requirements.txt; fi\`): the manifest may not exist, and a
COPY of a missing file fails. A requirements file that itself says \`-e .\` cannot be seen and is
flagged anyway. ONBUILD COPY and ONBUILD RUN are compared with each other, in the order they will run. Exec-form
RUNs and non-POSIX shells are not read.`
  },
  check({ report, file }) {
    for (const stage of file.stages) {
      for (const sequence of sequences(stage)) {
        for (const [i, copy2] of sequence.entries()) {
          if (!wholeContextSource(copy2)) continue;
          let install2 = null;
          for (const later of sequence.slice(i + 1)) {
            if (later.keyword !== "RUN") continue;
            for (const command2 of commandsOf(later)) {
              if (command2.conditional) continue;
              install2 = manifestInstall(command2);
              if (install2) break;
            }
            if (install2) break;
          }
          if (!install2) continue;
          report({
            message: `${copy2.keyword} of the whole build context comes before \`${install2.text}\` on line ${install2.command.range.start.line + 1}, so every source change re-runs the install; copy ${install2.manifest} first, install, then copy the rest`,
            range: copy2.range
          });
        }
      }
    }
  }
});

// rules/copy-from-own-stage.ts
var copy_from_own_stage_default = defineRule({
  id: "copy-from-own-stage",
  aliases: ["DL3023"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "`COPY --from` names the stage it is in",
    details: `Flags \`COPY --from=X\` inside the stage \`X\` itself, by name (case-insensitive) or by index.`,
    why: `A stage cannot copy from itself: it does not exist yet while it is being built. Docker refuses the
build with a circular dependency error; usually another stage was meant.`,
    bad: `FROM golang:1.23 AS build
COPY --from=build /src/app /app`,
    good: `FROM golang:1.23 AS build
RUN go build -o /src/app .
FROM alpine:3.20
COPY --from=build /src/app /app`,
    notes: `Not reported: ONBUILD triggers (they run in a downstream build), values with variables.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "COPY") continue;
        for (const flag of inst.flags) {
          if (flag.name.toLowerCase() !== "from" || flag.value === null) continue;
          const value = flag.value.trim().toLowerCase();
          const own = /^\d+$/.test(value) ? Number(value) === stage.index : stage.name !== null && value === stage.name;
          if (!own) continue;
          report({ message: `COPY --from=${flag.value.trim()} names the current stage: a stage cannot copy from itself`, range: flag.valueRange ?? flag.range });
        }
      }
    }
  }
});

// rules/copy-from-unknown-stage.ts
function fromFlag(inst) {
  return inst.flags.find((flag) => flag.name.toLowerCase() === "from" && flag.value !== null);
}
var copy_from_unknown_stage_default = defineRule({
  id: "copy-from-unknown-stage",
  aliases: ["DL3022"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`COPY --from` names neither an earlier stage nor an image reference",
    details: `Flags \`COPY --from=X\` where \`X\` is not the name or index of an earlier stage and does not look like
an image reference (it has no \`:\` for a tag or digest). Also flags \`--from\` naming a stage defined further
down the file.`,
    why: `A mistyped stage name is not an error to Docker: it takes \`X\` for an image and pulls \`X:latest\`
from Docker Hub, so the build copies files from an unrelated image, or fails late with a confusing pull
error. Naming an image with its tag makes the intent clear.`,
    bad: `FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
COPY --from=biuld /app /app`,
    good: `FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
COPY --from=build /app /app
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/`,
    notes: `Not reported: an earlier stage by name (case-insensitive) or index, an image reference with a tag or
digest, a value with variables (\`--from=$BASE\`), \`COPY --from\` in an ONBUILD trigger (it refers to the
downstream build), and the current stage (\`copy-from-own-stage\` reports that). An image named without a tag
(\`--from=alpine\`) is reported, as hadolint does: pin it with a tag.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "COPY") continue;
        const flag = fromFlag(inst);
        if (!flag || flag.value === null) continue;
        const value = flag.value.trim();
        if (value === "" || value.includes("$") || value.includes(":")) continue;
        const name = value.toLowerCase();
        const target = /^\d+$/.test(name) ? file.stages[Number(name)] : file.stages.find((s) => s.name === name);
        if (target === stage) continue;
        if (target && target.index < stage.index) continue;
        const range = flag.valueRange ?? flag.range;
        if (target) {
          report({ message: `COPY --from=${value} names a later stage: a stage can only copy from stages defined before it`, range });
        } else {
          report({ message: `COPY --from=${value} is not an earlier stage: Docker will pull it as an image; give an image a tag or fix the stage name`, range });
        }
      }
    }
  }
});

// src/lint/dockerignore.ts
var import_node_fs7 = require("node:fs");
var import_node_path5 = require("node:path");
function toRegExp(pattern) {
  let out = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        out += i + 1 >= pattern.length ? ".*" : "(.*/)?";
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "\\" && i + 1 < pattern.length) {
      out += pattern[i + 1].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i++;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) out += "\\[";
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("^")) body = "^" + body.slice(1);
        else if (body.startsWith("!")) body = "^" + body.slice(1);
        out += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(out + "$");
}
function parseDockerIgnore(text) {
  const patterns = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    let exclusion = false;
    if (line.startsWith("!")) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    if (line === "") continue;
    let pattern = import_node_path5.posix.normalize(line.replace(/\\/g, "/"));
    if (pattern.length > 1 && pattern.endsWith("/")) pattern = pattern.slice(0, -1);
    if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.replace(/^\/+/, "");
    if (pattern === "") continue;
    patterns.push({ pattern, exclusion, regexp: toRegExp(pattern) });
  }
  return patterns;
}
function isIgnored(patterns, path) {
  const clean = import_node_path5.posix.normalize(path.replace(/\\/g, "/")).replace(/^\/+/, "").replace(/\/+$/, "");
  if (clean === "" || clean === ".") return false;
  const parts = clean.split("/");
  let ignored = false;
  for (const p of patterns) {
    let match = p.regexp.test(clean);
    for (let i = 1; !match && i < parts.length; i++) match = p.regexp.test(parts.slice(0, i).join("/"));
    if (match) ignored = !p.exclusion;
  }
  return ignored;
}
function readDockerIgnore(dockerfilePath) {
  const dir = (0, import_node_path5.dirname)(dockerfilePath);
  for (const candidate of [(0, import_node_path5.join)(dir, `${(0, import_node_path5.basename)(dockerfilePath)}.dockerignore`), (0, import_node_path5.join)(dir, ".dockerignore")]) {
    try {
      if (!(0, import_node_fs7.existsSync)(candidate)) continue;
      return { path: candidate, patterns: parseDockerIgnore((0, import_node_fs7.readFileSync)(candidate, "utf8")) };
    } catch {
      continue;
    }
  }
  return null;
}

// rules/copy-ignored-file.ts
var REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
var copy_ignored_file_default = defineRule({
  id: "copy-ignored-file",
  aliases: ["CopyIgnoredFile"],
  severity: "warning",
  category: "correctness",
  options: {
    patterns: {
      type: "string[]",
      default: [],
      description: "Patterns read as extra `.dockerignore` lines after the file's own, for builds whose context (and ignore file) is elsewhere."
    }
  },
  docs: {
    summary: "COPY or ADD of a file that `.dockerignore` leaves out of the build context",
    details: `Flags a source of \`COPY\` or \`ADD\` from the build context that the build's ignore file excludes. The
ignore file is \`<Dockerfile>.dockerignore\` next to the Dockerfile (\`app.Dockerfile.dockerignore\`), else the
\`.dockerignore\` in the Dockerfile's directory. Docker's pattern rules apply: \`*\` and \`?\` within one path
component, \`**\` across any number, \`!\` for exceptions, the last matching line wins, a leading \`/\` is the
context root, and a path is excluded when one of its parent directories is. ARG and ENV values in sources are
resolved.`,
    why: `Docker does not send ignored files to the builder, so the COPY fails with "not found", or, for a pattern
or a directory, silently copies less than the author expects.`,
    bad: `FROM node:22-slim
COPY node_modules /app/node_modules`,
    good: `FROM node:22-slim
COPY package.json package-lock.json /app/
RUN cd /app && npm ci`,
    exampleOptions: { patterns: ["node_modules"] },
    notes: `Same as BuildKit's \`CopyIgnoredFile\` check. Quiet without an ignore file, for sources from another
stage or image (\`--from\`), URLs, heredocs, and sources whose variables have no value. A source written
with a leading \`/\` is read from the context root, as Docker does. With \`docker build -f path/Dockerfile .\`
the context's ignore file may sit elsewhere: the \`patterns\` option adds its lines.`
  },
  check({ file, options, report }) {
    const found = readDockerIgnore(file.path);
    const extra = options.patterns;
    const patterns = [...found?.patterns ?? [], ...parseDockerIgnore(extra.join("\n"))];
    if (patterns.length === 0) return;
    for (const inst of file.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      if (inst.flags.some((flag) => flag.name.toLowerCase() === "from")) continue;
      const sources = (inst.execArgs ?? inst.args).slice(0, -1);
      for (const word of sources) {
        if (word.value.startsWith("<<")) continue;
        const source = resolveWord(inst, word.value, file.escapeChar);
        if (source === null || source === "" || REMOTE.test(source)) continue;
        if (!isIgnored(patterns, source)) continue;
        const shown = source.replace(/\\/g, "/").replace(/^\/+/, "").replace(/\/+$/, "");
        report({
          message: `Attempting to ${inst.keyword === "ADD" ? "Add" : "Copy"} file "${shown}" that is excluded by .dockerignore`,
          range: word.range
        });
      }
    }
  }
});

// rules/copy-multiple-sources-dest-not-dir.ts
var copy_multiple_sources_dest_not_dir_default = defineRule({
  id: "copy-multiple-sources-dest-not-dir",
  aliases: ["DL3021"],
  severity: "error",
  category: "correctness",
  fixable: true,
  docs: {
    summary: "COPY/ADD with several sources to a destination that does not end in `/`",
    details: `Flags a \`COPY\` or \`ADD\` with more than one source (heredocs included) whose destination does not end
in \`/\` (or \`\\\` on Windows), at the destination. ARG and ENV values are resolved first. The fix appends \`/\`.`,
    why: `With several sources the destination must be a directory, and Docker's rule is that it says so with a
trailing slash. Without it the build fails ("When using COPY with more than one source file, the destination
must be a directory and end with a /"), or, where a builder accepts it, a reader cannot tell whether
\`COPY a b /app\` copies into \`/app/\` or means something else.`,
    bad: `FROM node:22-slim
COPY package.json package-lock.json /app
WORKDIR /app`,
    good: `FROM node:22-slim
COPY package.json package-lock.json /app/
WORKDIR /app`,
    notes: `Not reported: a single source (also a pattern: how many files it matches is unknown here), a
destination of \`.\` (BuildKit takes it as the working directory), a destination whose variables have no
value. hadolint checks COPY only; whale checks ADD too, which follows the same rule.`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      const words2 = inst.execArgs ?? inst.args;
      if (words2.length < 3) continue;
      const destWord = words2[words2.length - 1];
      if (inst.onbuild !== null && destWord.value.includes("$")) continue;
      const dest = resolveWord(inst, destWord.value, file.escapeChar);
      if (dest === null || dest === "." || dest.endsWith("/") || dest.endsWith("\\")) continue;
      const literal = inst.execArgs === null && !destWord.value.includes('"') && !destWord.value.includes("'");
      report({
        message: `\`${inst.keyword}\` with ${words2.length - 1} sources needs a directory destination ending in \`/\`: \`${dest}/\``,
        range: destWord.range,
        ...literal ? { fix: [{ range: { start: destWord.range.end, end: destWord.range.end }, text: "/" }] } : {}
      });
    }
  }
});

// rules/copy-relative-dest-without-workdir.ts
function isAbsolute2(path) {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path);
}
function workdirBefore(stage, inst) {
  return stageChain(stage).some((s) => s.instructions.some((other) => other.keyword === "WORKDIR" && (s !== stage || other.index < inst.index)));
}
var copy_relative_dest_without_workdir_default = defineRule({
  id: "copy-relative-dest-without-workdir",
  aliases: ["DL3045"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "COPY to a relative destination before any WORKDIR is set",
    details: `Flags a \`COPY\` whose destination is relative (\`COPY app.py app/\`, \`COPY . .\`) when no \`WORKDIR\`
comes before it in the stage or in the earlier stages it is built on. The finding is at the destination. ARG and
ENV values are resolved first.`,
    why: `A relative destination is resolved against the working directory, which, with no WORKDIR in the
Dockerfile, is whatever the base image set: \`/\` for most images, \`/go\`, \`/var/www/html\` or \`/usr/src/app\` for
others. Files land somewhere the Dockerfile does not show, and move when the base image changes. Set WORKDIR
first, or copy to an absolute path.`,
    bad: `FROM python:3.12-slim
COPY . app/
CMD ["python", "app/main.py"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
CMD ["python", "main.py"]`,
    notes: `Not reported: absolute destinations (\`/app\`, \`C:\\app\`), destinations whose variables have no value,
\`ONBUILD COPY\` (it runs in an image whose WORKDIR is unknown here). A WORKDIR set in a stage this one is built
\`FROM\` counts, as in hadolint. A WORKDIR set by the base image cannot be seen and does not count.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "COPY") continue;
        const words2 = inst.execArgs ?? inst.args;
        if (words2.length < 2) continue;
        const destWord = words2[words2.length - 1];
        const dest = resolveWord(inst, destWord.value, file.escapeChar);
        if (dest === null || dest === "" || isAbsolute2(dest) || isAbsolute2(destWord.value)) continue;
        if (workdirBefore(stage, inst)) continue;
        report({ message: `\`COPY\` to the relative path \`${dest}\` with no WORKDIR set: set WORKDIR first or use an absolute path`, range: destWord.range });
      }
    }
  }
});

// rules/copy-then-extract-archive.ts
var TAR_SUFFIXES = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst"];
function basename4(path) {
  return path.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
}
function isTarName(name) {
  const lower = name.toLowerCase();
  return TAR_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
function extracts(command2) {
  if (command2.name !== "tar") return false;
  if (hasFlag(command2, "-x", "--extract", "--get")) return true;
  const first = command2.args[0]?.value;
  return first !== void 0 && first !== null && /^[A-Za-z]*x[A-Za-z]*$/.test(first);
}
function tarFiles(command2, run2) {
  const names = [];
  for (const flag of command2.flags) if ((flag.name === "-f" || flag.name === "--file") && flag.value) names.push(flag.value);
  for (const word of command2.args) names.push(word.value ?? resolveWord(run2, word.text) ?? "");
  return names.map((name) => basename4(resolveWord(run2, name) ?? name));
}
var copy_then_extract_archive_default = defineRule({
  id: "copy-then-extract-archive",
  aliases: ["DL3010"],
  severity: "info",
  category: "size",
  docs: {
    summary: "A tar archive copied with COPY and then extracted in a RUN: ADD extracts it in one step",
    details: `Flags a local tar archive (\`.tar\`, \`.tar.gz\`, \`.tgz\`, \`.tar.bz2\`, \`.tar.xz\`, \`.tar.zst\`...)
copied with \`COPY\` when a later \`RUN\` of the stage (or of a stage built on it) extracts a file of the same
name with \`tar\`. The finding is at the archive in the COPY. ARG and ENV values are resolved.`,
    why: `The COPY layer keeps the whole archive even when the RUN deletes it afterwards, so the image carries the
files twice: packed and unpacked. \`ADD archive.tar.gz /dest/\` unpacks a local tar archive in a single layer that
holds only the extracted files.`,
    bad: `FROM debian:bookworm-slim
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz`,
    good: `FROM debian:bookworm-slim
ADD app.tar.gz /opt/`,
    notes: `Not reported: \`COPY --from\` (ADD cannot read another stage), zip files (ADD does not unpack them),
patterns and unresolved variables, archives not extracted with \`tar\` in a later RUN. Where the RUN extracts
only some members or with \`--strip-components\`, ADD cannot do the same: an ignore comment with the reason
is the answer there. A \`RUN --mount=type=bind\` of the archive is another way to avoid the copy layer.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "COPY" || inst.flags.some((f) => f.name.toLowerCase() === "from")) continue;
        const words2 = inst.execArgs ?? inst.args;
        const sources = words2.slice(0, -1);
        for (const word of sources) {
          if (word.value.startsWith("<<")) continue;
          const source = resolveWord(inst, word.value, file.escapeChar);
          if (source === null || /[*?[]/.test(source)) continue;
          const name = basename4(source);
          if (!isTarName(name)) continue;
          const dest = resolveWord(inst, words2[words2.length - 1].value, file.escapeChar) ?? "";
          const names = [name];
          if (sources.length === 1 && dest && !/[\\/]$/.test(dest) && isTarName(basename4(dest))) names.push(basename4(dest));
          const extractor = runsAfter(inst).find((run2) => commandsOf(run2).some((command2) => extracts(command2) && tarFiles(command2, run2).some((n) => names.includes(n))));
          if (!extractor) continue;
          report({
            message: `\`${name}\` is copied, then extracted on line ${extractor.range.start.line + 1}: \`ADD\` extracts a local tar archive in one layer`,
            range: word.range
          });
        }
      }
    }
  }
});

// rules/copy-whole-stage-filesystem.ts
var copy_whole_stage_filesystem_default = defineRule({
  id: "copy-whole-stage-filesystem",
  aliases: ["DL3067"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`COPY --from=<stage> / /` copies a whole filesystem",
    details: `Flags \`COPY --from=...\` whose only source is \`/\` and whose destination is \`/\`: the entire
filesystem of another stage or image copied over the current one. ARG/ENV values are resolved.`,
    why: `Copying the root of a builder brings its compilers, caches, package databases and secrets into the
final image, undoing the point of a multi-stage build, and overwrites the base image's files with the
builder's. Copy the artefacts you need, by path.`,
    bad: `FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build / /`,
    good: `FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app`,
    notes: `Not reported: \`COPY --from=export / /\` into \`FROM scratch\` when the source stage is itself the
result of a \`FROM scratch\` stage (an assembled root filesystem, a common flattening pattern), and a copy of a
subdirectory (\`COPY --from=rootfs /rootfs/ /\`).`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "COPY") continue;
        const from = inst.flags.find((flag) => flag.name.toLowerCase() === "from" && flag.value !== null);
        if (!from) continue;
        const words2 = inst.execArgs ?? inst.args;
        if (words2.length !== 2) continue;
        const [source, dest] = words2.map((word) => resolveWord(inst, word.value, file.escapeChar));
        const root = (path) => path !== null && path !== void 0 && /^\/+(\.\/?)?$/.test(path);
        if (!root(source) || !root(dest)) continue;
        const name = from.value.trim().toLowerCase();
        const origin = /^\d+$/.test(name) ? file.stages[Number(name)] : file.stages.find((s) => s.name === name);
        if (stage.scratch && origin?.scratch) continue;
        report({
          message: `COPY --from=${from.value.trim()} / / copies a whole filesystem: copy only the paths you need`,
          range: inst.argsRange ?? inst.keywordRange
        });
      }
    }
  }
});

// src/lint/startup.ts
var INITS = /* @__PURE__ */ new Set(["tini", "tini-static", "dumb-init", "catatonit", "exec", "nohup"]);
var INIT_VALUE_FLAGS = /* @__PURE__ */ new Set(["-e", "-p", "-r", "--rewrite"]);
var USER_SWITCHERS = /* @__PURE__ */ new Set(["gosu", "su-exec", "chpst"]);
var RUNNERS = { bundle: "exec", poetry: "run", pipenv: "run", uv: "run", pdm: "run", hatch: "run" };
var INTERPRETER_NAMES = /^(node|nodejs|ruby|java|perl|deno|bun|dotnet|npm|npx|yarn|pnpm|bundle|rails|flask|django-admin|manage\.py)$/;
var isInterpreter = (name) => isPython(name) || isPhp(name) || INTERPRETER_NAMES.test(name);
function startupCommands(file, stage) {
  let found = startupCache.get(stage);
  if (!found) startupCache.set(stage, found = readStartupCommands(file, stage));
  return found;
}
var startupCache = /* @__PURE__ */ new WeakMap();
function readStartupCommands(file, stage) {
  const { entrypoint, cmd } = startupOf(stage);
  const found = [];
  const add = (commands) => {
    for (const command2 of commands) {
      if (!found.some((f) => sameRange(f.program.range, command2.program.range))) found.push(command2);
    }
  };
  if (entrypoint && entrypoint.form === "shell") {
    add(fromScript(entrypoint));
    return found;
  }
  if (entrypoint?.execArgs && entrypoint.execArgs.length > 0) {
    const argv = words(entrypoint);
    if (cmd?.execArgs) argv.push(...words(cmd));
    const combined = fromArgv(file, argv);
    add(combined);
    if (combined.length === 1 && isInterpreter(combined[0].name) && combined[0].program.instruction === entrypoint) return found;
  }
  if (cmd) add(cmd.execArgs ? fromArgv(file, words(cmd)) : fromScript(cmd));
  return found;
}
function words(inst) {
  return (inst.execArgs ?? []).map((w) => ({ value: w.value, range: w.range, instruction: inst }));
}
function fromScript(inst) {
  const commands = [];
  for (const shell of inst.script?.commands ?? []) {
    if (shell.nesting === "substitution" || shell.nesting === "function") continue;
    const argv = shell.words.map((w) => ({ value: w.value ?? w.display, range: w.range, instruction: inst }));
    const first = unwrap(argv);
    if (first < 0 || shell.words[first]?.value === null) continue;
    commands.push(command(argv, first, shell));
  }
  return commands;
}
function fromArgv(file, argv) {
  const outer = [];
  const first = unwrap(argv, outer);
  if (first < 0) return [];
  const program2 = argv[first];
  const rest = argv.slice(first + 1);
  if (POSIX_SHELLS.has(programName(program2.value)) && file.posixShell) {
    const script = rest.findIndex((w) => /^-[a-z]*c[a-z]*$/.test(w.value));
    if (script >= 0) {
      const text = rest[script + 1];
      return text ? fromString(text).map((c) => ({ ...c, wrappers: [...outer, ...c.wrappers] })) : [];
    }
    const path = rest.findIndex((w) => !w.value.startsWith("-"));
    return path >= 0 ? [command(argv, first + 1 + path, null)] : [];
  }
  return [command(argv, first, null)];
}
function fromString(word) {
  const index = new LineIndex(word.value);
  const offsets = Array.from({ length: word.value.length + 1 }, (_, i) => i);
  const script = parseShellScript({ text: word.value, offsets }, index);
  const exact = word.range.start.line === word.range.end.line && word.range.end.character - word.range.start.character === word.value.length + 2 && !word.value.includes("\n");
  const place = (range) => exact ? {
    start: { line: word.range.start.line, character: word.range.start.character + 1 + range.start.character },
    end: { line: word.range.start.line, character: word.range.start.character + 1 + range.end.character }
  } : word.range;
  const commands = [];
  for (const shell of script.commands) {
    if (shell.nesting === "substitution" || shell.nesting === "function") continue;
    shell.range = place(shell.range);
    for (const w of shell.words) w.range = place(w.range);
    const argv = shell.words.map((w) => ({ value: w.value ?? w.display, range: w.range, instruction: word.instruction }));
    const first = unwrap(argv);
    if (first < 0 || shell.words[first]?.value === null) continue;
    commands.push(command(argv, first, shell));
  }
  return commands;
}
function command(argv, first, shell) {
  const program2 = argv[first];
  const args = argv.slice(first + 1);
  const last = args[args.length - 1] ?? program2;
  const wrappers = [];
  unwrap(argv.slice(0, first + 1), wrappers);
  return {
    name: programName(program2.value),
    program: program2,
    args,
    wrappers,
    instruction: program2.instruction,
    shell,
    range: { start: program2.range.start, end: last.range.end }
  };
}
function unwrap(argv, wrappers = []) {
  let i = 0;
  for (; ; ) {
    const word = argv[i];
    if (!word) return -1;
    const name = programName(word.value);
    if (word.value.startsWith("-")) return -1;
    wrappers.push(word);
    if (INITS.has(name) || word.value === "/init") {
      i++;
      while (argv[i]?.value.startsWith("-")) i += INIT_VALUE_FLAGS.has(argv[i].value) ? 2 : 1;
      continue;
    }
    if (USER_SWITCHERS.has(name)) {
      i += name === "chpst" ? 1 : 2;
      while (name === "chpst" && argv[i]?.value.startsWith("-")) i += 2;
      continue;
    }
    if (name === "env" || name === "sudo") {
      i++;
      while (argv[i] && (argv[i].value.startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i].value))) i++;
      continue;
    }
    if (name === "npx") {
      i++;
      while (argv[i]?.value.startsWith("-")) i++;
      continue;
    }
    const runner = RUNNERS[name];
    if (runner && argv[i + 1]?.value === runner) {
      i += 2;
      while (argv[i]?.value.startsWith("-")) i++;
      continue;
    }
    if (isPython(name) && argv[i + 1]?.value === "-m" && argv[i + 2]) return i + 2;
    wrappers.pop();
    return i;
  }
}
function sameRange(a, b) {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
function baseImageName(stage) {
  const image = rootStage(stage).image;
  if (!image) return null;
  if (image.unresolved) return "unknown";
  if (!onDockerHub(image)) return null;
  const name = dockerHubName(image) ?? image.repository;
  return { name: name.toLowerCase(), tag: (image.tag ?? "latest").toLowerCase() };
}
function instructionCommands(file, inst) {
  return inst.execArgs ? fromArgv(file, words(inst)) : fromScript(inst);
}
function runCommands(inst) {
  if (inst.script) return inst.script.commands;
  if (!inst.execArgs || inst.execArgs.length === 0) return [];
  const words2 = inst.execArgs.map((w) => ({ text: w.value, value: w.value, display: w.value, range: w.range }));
  const range = { start: words2[0].range.start, end: words2[words2.length - 1].range.end };
  return [buildCommand({ words: words2, assignments: [], connector: null, inPipeline: false, nesting: null, conditional: false, range })];
}
function startedService(command2) {
  const [first, second] = command2.positionals.map((w) => w.value);
  if ((command2.name === "service" || command2.name === "rc-service") && first && second === "start") return first;
  const path = command2.nameWord?.value ?? "";
  if (path.startsWith("/etc/init.d/") && path.length > "/etc/init.d/".length && first === "start") return programName(path);
  return null;
}
function serviceStartText(command2, service) {
  return command2.name === "service" || command2.name === "rc-service" ? `${command2.name} ${service} start` : `${command2.nameWord?.value ?? service} start`;
}
function runsDjangoServer(command2) {
  const args = command2.args.map((w) => w.value);
  if (command2.name === "django-admin" || command2.name === "manage.py") return args[0] === "runserver";
  if (!isPython(command2.name)) return false;
  const script = args.findIndex((a) => !a.startsWith("-"));
  return script >= 0 && programName(args[script]) === "manage.py" && args[script + 1] === "runserver";
}

// rules/data-dir-without-volume.ts
var DATA_SERVICES = {
  postgres: "postgres",
  postmaster: "postgres",
  mysqld: "mysqld",
  mysqld_safe: "mysqld",
  mariadbd: "mariadbd",
  "mariadbd-safe": "mariadbd",
  mongod: "mongod",
  "redis-server": "redis-server",
  elasticsearch: "elasticsearch",
  influxd: "influxd",
  cassandra: "cassandra",
  etcd: "etcd",
  couchdb: "couchdb",
  "rabbitmq-server": "rabbitmq-server",
  "clickhouse-server": "clickhouse-server"
};
var SUBCOMMAND_SERVICES = {
  minio: ["server"],
  clickhouse: ["server"],
  neo4j: ["console", "start"],
  pg_ctl: ["start"],
  pg_ctlcluster: ["start"]
};
var SERVICE_NAMES = /* @__PURE__ */ new Set([
  "postgresql",
  "mysql",
  "mariadb",
  "mongod",
  "mongodb",
  "redis",
  "redis-server",
  "elasticsearch",
  "influxdb",
  "cassandra",
  "couchdb",
  "rabbitmq-server",
  "neo4j",
  "clickhouse-server",
  "etcd"
]);
var VOLUME_IMAGES = /* @__PURE__ */ new Set([
  "postgres",
  "mysql",
  "mariadb",
  "percona",
  "mongo",
  "redis",
  "elasticsearch",
  "influxdb",
  "cassandra",
  "couchdb",
  "rabbitmq",
  "neo4j",
  ...[
    "postgresql",
    "mysql",
    "mariadb",
    "mongodb",
    "redis",
    "elasticsearch",
    "influxdb",
    "cassandra",
    "couchdb",
    "rabbitmq",
    "neo4j",
    "clickhouse",
    "minio",
    "etcd"
  ].map((name) => `bitnami/${name}`),
  "postgis/postgis",
  "timescale/timescaledb",
  "timescale/timescaledb-ha",
  "percona/percona-server",
  "clickhouse/clickhouse-server",
  "yandex/clickhouse-server",
  "minio/minio",
  "mongodb/mongodb-community-server"
]);
function dataServiceOf(command2) {
  const args = command2.args.map((w) => w.value);
  const direct = DATA_SERVICES[command2.name];
  if (direct) return direct;
  if (SUBCOMMAND_SERVICES[command2.name]?.includes(args[0] ?? "")) return `${command2.name} ${args[0]}`;
  const shell = command2.shell;
  if (!shell) return null;
  const service = startedService(shell);
  return service && SERVICE_NAMES.has(service) ? serviceStartText(shell, service) : null;
}
var data_dir_without_volume_default = defineRule({
  id: "data-dir-without-volume",
  aliases: [],
  severity: "info",
  category: "maintainability",
  docs: {
    summary: "The image runs a database or data service but declares no VOLUME for its data",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it starts a database or data service and
neither the final stage nor the stages it is built on has a \`VOLUME\`. Services recognised: postgres
(\`pg_ctl start\`), mysqld, mariadbd, mongod, redis-server, elasticsearch, influxd, cassandra, etcd,
\`minio server\`, couchdb, rabbitmq-server, neo4j, clickhouse-server, also started as
\`service postgresql start\` in a shell-form command, behind init wrappers or an entrypoint script.
memcached is not one: it keeps nothing on disk.`,
    why: `A database writes to its data directory. Without a volume, that data lives in the container's
writable layer: it is lost with the container, it is slow (copy-on-write), and nothing in the image tells
the operator which directory to keep. "Pythons in a Container" (PyCon 2016) advises: "expose ports and
volumes to document image", and "changes to container lost after container destroyed. Volume maps to
external host folder for persistence." The base image in "Python in Docker" declares
\`VOLUME ["/schema", "/data"]\` for its data.`,
    bad: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql \\
    && rm -rf /var/lib/apt/lists/*
USER postgres
CMD ["/usr/lib/postgresql/15/bin/postgres", "-D", "/var/lib/postgresql/data"]`,
    good: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql \\
    && rm -rf /var/lib/apt/lists/*
USER postgres
VOLUME /var/lib/postgresql/data
CMD ["/usr/lib/postgresql/15/bin/postgres", "-D", "/var/lib/postgresql/data"]`,
    notes: `- Quiet when the \`CMD\` and \`ENTRYPOINT\` both come from the base image, when the base image is an
  official database image that already declares a \`VOLUME\` (postgres, mysql, mariadb, mongo, redis,
  elasticsearch, influxdb, cassandra, couchdb, rabbitmq, neo4j...) or a Docker Hub database image that does
  (\`bitnami/postgresql\`, \`postgis/postgis\`, \`clickhouse/clickhouse-server\`...), or when it is an ARG
  without a value. Images from other registries (\`ghcr.io/me/postgres\`) are not taken for the official ones.
- Only the final stage is checked; a \`VOLUME\` in a stage it is built \`FROM\` counts.
- A cache-only service (\`redis-server --save ""\`) may disable the rule with an inline ignore.`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, "VOLUME")) return;
    const base = baseImageName(stage);
    if (base === "unknown" || base && VOLUME_IMAGES.has(base.name)) return;
    for (const command2 of startupCommands(file, stage)) {
      const service = dataServiceOf(command2);
      if (!service) continue;
      report({
        message: `\`${service}\` keeps its data in the container but the image has no \`VOLUME\`; declare the data directory as a volume`,
        range: command2.instruction.range
      });
      return;
    }
  }
});

// rules/definition-description-mismatch.ts
var TOOL_COMMENT = /^(?:check|syntax|escape)\s*=|^(?:whale-ignore|hadolint\s)/i;
function commentsAbove(file, inst) {
  const byLine = new Map(file.comments.map((c) => [c.range.start.line, c]));
  const block = [];
  for (let line = inst.range.start.line - 1; byLine.has(line); line--) block.unshift(byLine.get(line));
  return block;
}
var definition_description_mismatch_default = defineRule({
  id: "definition-description-mismatch",
  aliases: ["InvalidDefinitionDescription"],
  severity: "warning",
  category: "style",
  enabledByDefault: false,
  docs: {
    summary: "Comment directly above an ARG or a named stage that does not start with its name",
    details: `With the rule turned on, flags the comment block written directly above an \`ARG NAME\` (one name) or a
\`FROM image AS name\` when its first line does not start with that name. Build tools read such comments as the
description of the build argument or the stage (\`# NAME what it is for\`), as Go reads doc comments.`,
    why: `\`docker buildx build --call=outline\` shows these descriptions to the people who run the build. A comment
that does not follow the convention is either shown as a wrong description or is not meant as one, and then
an empty line between it and the instruction says so.`,
    bad: `# The Alpine release to build on
ARG ALPINE_VERSION=3.20
FROM alpine:\${ALPINE_VERSION}`,
    good: `# ALPINE_VERSION is the Alpine release to build on
ARG ALPINE_VERSION=3.20

# Alpine is the base image
FROM alpine:\${ALPINE_VERSION}`,
    notes: `Same as BuildKit's experimental \`InvalidDefinitionDescription\` check, which is off by default there too
(\`# check=experimental=InvalidDefinitionDescription\`). Stage names are compared without regard to case.
Comments that configure tools (\`# check=...\`, \`# syntax=...\`, \`# whale-ignore ...\`, \`# hadolint ...\`) are
not descriptions.`
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      let name = null;
      let what = "";
      if (inst.keyword === "ARG" && inst.pairs.length === 1) {
        name = inst.pairs[0].key;
        what = "ARG";
      } else if (inst.keyword === "FROM") {
        const stage = file.stages.find((s) => s.from === inst);
        if (stage?.nameText) {
          name = stage.nameText;
          what = "build stage";
        }
      }
      if (name === null) continue;
      const block = commentsAbove(file, inst);
      if (block.length === 0 || block.some((c) => TOOL_COMMENT.test(c.text))) continue;
      const first = block[0];
      const word = first.text.split(/\s+/)[0] ?? "";
      const matches2 = what === "ARG" ? word === name : word.toLowerCase() === name.toLowerCase();
      if (matches2) continue;
      report({
        message: `Comment for ${what} should follow the format: \`# ${name} <description>\`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.`,
        range: first.range
      });
    }
  }
});

// rules/dev-server-cmd.ts
var PYTHON_SERVER = "run the app with gunicorn or uWSGI";
var NODE_SERVER = "build the app and run the framework's production server";
var APP_SCRIPTS = /* @__PURE__ */ new Set(["app.py", "main.py", "run.py", "server.py", "application.py"]);
var WEB_FRAMEWORKS = /* @__PURE__ */ new Set(["flask", "django"]);
function devServerOf(command2, installsFramework) {
  const name = command2.name;
  const args = command2.args.map((w) => w.value);
  const at = (message) => ({ message, range: command2.range });
  if (runsDjangoServer(command2)) return at(`\`runserver\` is Django's development server; ${PYTHON_SERVER}`);
  if (name === "flask" && args.includes("run")) return at(`\`flask run\` is Flask's development server; ${PYTHON_SERVER}`);
  if (name === "uvicorn" || name === "gunicorn" || name === "hypercorn") {
    const reload = command2.args.find((w) => w.value === "--reload" || w.value.startsWith("--reload="));
    if (reload && reload.value !== "--reload=false") {
      const production = name === "uvicorn" ? "drop it, or run uvicorn workers under gunicorn" : "drop it";
      return { message: `\`${name} --reload\` restarts the server on code changes, a development setting; ${production}`, range: reload.range };
    }
  }
  if (name === "nodemon") return at(`\`nodemon\` restarts the app on file changes, a development tool; run the app with \`node\``);
  if ((name === "npm" || name === "yarn" || name === "pnpm" || name === "bun") && runsDevScript(name, args)) {
    return at(`\`${name} ${args.slice(0, args.indexOf("dev") + 1).join(" ")}\` runs the development server; ${NODE_SERVER}`);
  }
  if (name === "ng" && args[0] === "serve") return at(`\`ng serve\` is Angular's development server; ${NODE_SERVER}`);
  if (name === "next" && args[0] === "dev") return at(`\`next dev\` is Next.js's development server; build the app and run \`next start\``);
  if (name === "vite" && (args.length === 0 || args[0] === "dev" || args[0] === "serve" || args[0].startsWith("-"))) {
    return at(`\`vite\` is Vite's development server; build the app and serve the output with a web server`);
  }
  if (name === "webpack" && args[0] === "serve" || name === "webpack-dev-server") {
    return at(`\`${name === "webpack" ? "webpack serve" : name}\` is webpack's development server; build the app and serve the output with a web server`);
  }
  if (isPhp(name)) {
    if (args[0] === "artisan" && args[1] === "serve") return at("`php artisan serve` is a development server; run php-fpm behind a web server");
    if (args.includes("-S")) return at("`php -S` is PHP's built-in development server; run php-fpm behind a web server");
  }
  if (name === "rails" && (args[0] === "server" || args[0] === "s") && developmentEnvironment(args)) {
    return at("`rails server -e development` runs Rails in development mode; use the production environment");
  }
  if (isPython(name)) {
    const script = args.find((a) => !a.startsWith("-"));
    if (script && APP_SCRIPTS.has(programName(script)) && installsFramework()) {
      return at(`\`python ${script}\` runs the app with the framework's development server; ${PYTHON_SERVER}`);
    }
  }
  return null;
}
function runsDevScript(manager, args) {
  if (args[0] === "run" && args[1] === "dev") return true;
  return (manager === "yarn" || manager === "pnpm") && args[0] === "dev";
}
function developmentEnvironment(args) {
  return args.some((a, i) => (a === "-e" || a === "--environment") && args[i + 1] === "development" || a === "--environment=development" || a === "-edevelopment");
}
function installsWebFramework(file) {
  for (const inst of allRuns(file)) {
    for (const command2 of runCommands(inst)) {
      const pkg = packageCommand(command2);
      let packages = pkg && pkg.action === "install" && (pkg.manager === "pip" || pkg.manager === "pipenv" || pkg.manager === "poetry") ? pkg.packages : [];
      if (command2.name === "uv" && command2.positionals[0]?.value === "pip" && command2.positionals[1]?.value === "install") packages = command2.positionals.slice(2);
      for (const word of packages) {
        const project = /^[A-Za-z0-9._-]+/.exec(word.value ?? "")?.[0]?.toLowerCase();
        if (project && WEB_FRAMEWORKS.has(project)) return true;
      }
    }
  }
  return false;
}
var DEV_WORDS = /* @__PURE__ */ new Set(["dev", "develop", "development", "local", "debug"]);
function madeForDevelopment(file, stageName) {
  const parts = file.path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? "";
  const dir = parts[parts.length - 2] ?? "";
  return name.toLowerCase().split(/[._-]/).some((w) => DEV_WORDS.has(w)) || DEV_WORDS.has(dir.toLowerCase()) || stageName !== null && stageName.split(/[._-]/).some((w) => DEV_WORDS.has(w));
}
var dev_server_cmd_default = defineRule({
  id: "dev-server-cmd",
  aliases: [],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "The image's CMD or ENTRYPOINT runs a development server",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it starts a development server:
\`python manage.py runserver\`, \`flask run\`, \`uvicorn\`/\`gunicorn\`/\`hypercorn\` with \`--reload\` (the
finding points at the flag), \`nodemon\`, \`npm run dev\`, \`yarn dev\`, \`pnpm dev\`, \`ng serve\`, \`next dev\`,
\`vite\` (bare or \`vite dev\`), \`webpack serve\`, \`webpack-dev-server\`, \`php artisan serve\`, \`php -S\`,
and \`rails server -e development\`. \`python app.py\` (or \`main.py\`, \`run.py\`, \`server.py\`,
\`application.py\`) is flagged only when the Dockerfile installs Flask or Django by name, since such a script
then usually calls \`app.run()\`, Flask's development server.`,
    why: `Development servers are built for one developer: single-threaded or barely concurrent, with
reloaders and debuggers, and without the security review of a production server (Django's documentation:
"DO NOT USE THIS SERVER IN A PRODUCTION SETTING"). "Pythons in a Container" (PyCon 2016): "Just run WSGI apps
using a WSGI app server like uWSGI or gunicorn."`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "mysite.wsgi"]`,
    notes: `- Only the final stage's startup is checked: a \`dev\` stage that is not the last one is a deliberate
  development target. A Dockerfile made for development is not checked either: a file named like
  \`Dockerfile.dev\`, \`dev.Dockerfile\`, \`Dockerfile.local\`, one in a \`dev\`/\`development\` directory, or
  one whose last stage is named \`dev\`/\`development\`.
- Commands that run only under a condition (\`if [ "$DEBUG" ]; then flask run; else gunicorn ...; fi\`) are
  not flagged.
- \`CMD\`/\`ENTRYPOINT\` inherited from the base image are not checked. Windows shell-form commands are not
  read; exec form is.`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || madeForDevelopment(file, stage.name)) return;
    let framework = null;
    const installsFramework = () => framework ??= installsWebFramework(file);
    for (const command2 of startupCommands(file, stage)) {
      if (command2.shell?.conditional) continue;
      const found = devServerOf(command2, installsFramework);
      if (found) report(found);
    }
  }
});

// src/lint/rpm-packages.ts
function wordValues(word, run2) {
  if (word.value !== null) return [word.value];
  if (run2.onbuild || word.text.includes("$(") || word.text.includes("`")) return null;
  const value = resolveWord(run2, word.text);
  return value === null ? null : value.split(/\s+/).filter(Boolean);
}
function pinned3(spec) {
  if (/\.rpm$/i.test(spec) || spec.includes("/") || spec.startsWith("@") || spec.includes("(")) return true;
  return /-(\d+:)?\d[^-]*$/.test(spec) || /[=<>]/.test(spec);
}
function targets(command2, managers, installs2) {
  if (!managers.has(command2.name)) return null;
  const first = command2.positionals[0]?.value ?? "";
  if (installs2.has(first)) return { words: command2.positionals.slice(1), module: false };
  if (first === "module" && command2.positionals[1]?.value === "install") return { words: command2.positionals.slice(2), module: true };
  return null;
}
var CLEANERS = /* @__PURE__ */ new Set(["yum", "dnf", "dnf5", "microdnf"]);
function isInstall(command2, managers) {
  if (!managers.has(command2.name)) return false;
  const first = command2.positionals[0]?.value ?? "";
  if (first === "install" || first === "groupinstall" || first === "localinstall" || first === "reinstall") return true;
  return (first === "group" || first === "groups" || first === "module") && command2.positionals[1]?.value === "install";
}
function cleans(command2, run2, caches) {
  if (CLEANERS.has(command2.name) && command2.positionals[0]?.value === "clean" && command2.positionals[1]?.value === "all") return true;
  return caches.some((cache) => removesDirectory(command2, cache, run2));
}
function* uncleanedInstalls(file, caches, installs2, cleaned) {
  for (const run2 of allRuns(file)) {
    const stage = run2.stage;
    if (!stage || !(run2.onbuild || stage.inFinalImage || stage.children.length > 0)) continue;
    if (caches.some((cache) => mountCovers(run2, cache))) continue;
    const commands = commandsOf(run2);
    const install2 = [...commands].reverse().find(installs2);
    if (!install2) continue;
    if (commands.slice(commands.indexOf(install2) + 1).some((c) => cleaned(c, run2))) continue;
    yield install2;
  }
}
var PROMPTING = /* @__PURE__ */ new Set([
  "install",
  "groupinstall",
  "localinstall",
  "reinstall",
  "remove",
  "erase",
  "update",
  "upgrade",
  "downgrade",
  "distro-sync",
  "autoremove",
  "groupupdate",
  "groupremove",
  "swap"
]);
var GROUPED = /* @__PURE__ */ new Set(["group", "groups", "module"]);
var GROUPED_PROMPTING = /* @__PURE__ */ new Set(["install", "remove", "upgrade", "update", "enable", "disable", "reset", "switch-to"]);
function promptingSubcommand(command2) {
  const first = command2.positionals[0]?.value ?? "";
  if (PROMPTING.has(first)) return first;
  const second = command2.positionals[1]?.value ?? "";
  if (GROUPED.has(first) && GROUPED_PROMPTING.has(second)) return `${first} ${second}`;
  return null;
}
function assumesYes2(command2) {
  return command2.flags.some(
    (flag) => flag.name === "-y" || flag.name === "--assumeyes" || flag.name === "--setopt" && /^assumeyes=(1|true|yes|on)$/i.test(flag.value ?? "")
  );
}
function* unpinnedPackages(file, managers, installs2) {
  for (const run2 of allRuns(file)) {
    for (const command2 of commandsOf(run2)) {
      const target = targets(command2, managers, installs2);
      if (!target) continue;
      for (const word of target.words) {
        for (const spec of wordValues(word, run2) ?? []) {
          if (target.module) {
            if (!spec.includes(":")) yield { message: `\`${command2.name} module install\` of \`${spec}\` without a stream; write \`${spec}:<stream>\``, range: word.range };
          } else if (!pinned3(spec)) {
            yield { message: `\`${command2.name} ${command2.positionals[0]?.value}\` of \`${spec}\` without a version; pin it: \`${spec}-<version>\``, range: word.range };
          }
        }
      }
    }
  }
}

// rules/dnf-cache-not-cleaned.ts
var MANAGERS2 = /* @__PURE__ */ new Set(["dnf", "dnf5", "microdnf"]);
var CACHES = ["/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5"];
var dnf_cache_not_cleaned_default = defineRule({
  id: "dnf-cache-not-cleaned",
  aliases: ["DL3040"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`dnf install` or `microdnf install` without `dnf clean all` in the same RUN",
    details: `Flags a RUN that installs with \`dnf\`, \`dnf5\` or \`microdnf\` (\`install\`, \`groupinstall\`,
\`localinstall\`, \`reinstall\`, \`group install\`, \`module install\`) and does not empty the cache after its last
install in the same RUN: \`dnf clean all\` (\`microdnf clean all\`, \`yum clean all\`), or a removal of the cache
directory (\`rm -rf /var/cache/dnf\`, \`/var/cache/yum/*\` for microdnf, \`/var/cache/libdnf5\` for dnf5). The finding
is on the last install.`,
    why: `Clean caches in the same layer. dnf keeps the repository metadata it downloaded, often more than a hundred
megabytes, in its cache directory. Each RUN is a layer, and a file deleted in a later RUN still ships in the
earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM fedora:40
RUN dnf install -y httpd-2.4.62`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/dnf (/var/cache/yum, /var/cache/libdnf5) keeps the
cache out of the layer and silences the rule. A clean before the install does not count. Exec-form RUNs and
non-POSIX shells are not read. yum has its own rule (yum-cache-not-cleaned, DL3032).`
  },
  check({ file, report }) {
    const installs2 = (command2) => isInstall(command2, MANAGERS2);
    const cleaned = (command2, run2) => cleans(command2, run2, CACHES);
    for (const install2 of uncleanedInstalls(file, CACHES, installs2, cleaned)) {
      const first = install2.positionals[0]?.value ?? "";
      const sub = first.endsWith("install") ? first : `${first} install`;
      report({ message: `\`${install2.name} ${sub}\` leaves its cache in this layer; add \`${install2.name} clean all\` to this RUN`, range: install2.range });
    }
  }
});

// rules/dnf-install-without-yes.ts
var DNF = /* @__PURE__ */ new Set(["dnf", "dnf5", "microdnf"]);
var dnf_install_without_yes_default = defineRule({
  id: "dnf-install-without-yes",
  aliases: ["DL3038"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`dnf install` or `microdnf install` (or another changing command) without `-y`",
    details: `Flags a \`dnf\`, \`dnf5\` or \`microdnf\` command that asks for confirmation, \`install\` above all,
run without \`-y\` or \`--assumeyes\` (\`--setopt=assumeyes=1\` also counts). Besides \`install\` the rule knows
\`groupinstall\`, \`localinstall\`, \`reinstall\`, \`remove\`/\`erase\`, \`update\`/\`upgrade\`, \`downgrade\`,
\`distro-sync\`, \`autoremove\`, \`swap\` and \`group\`/\`module\` \`install\`, \`remove\`, \`enable\`...`,
    why: `A build has no one to answer the "Is this ok [y/N]" prompt: without a terminal dnf reads no answer and
aborts the transaction, failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM fedora:40
RUN dnf install httpd-2.4.62 && dnf clean all`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `hadolint checks \`install\`, \`groupinstall\` and \`localinstall\` only; every command that prompts is
checked here, since all of them fail the same way. microdnf releases before 3.9 do not ask, later ones
may; every release accepts \`-y\`, so microdnf is held to the rule as hadolint does. yum has its own rule
(yum-install-without-yes, DL3030). Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (!DNF.has(command2.name)) continue;
        const sub = promptingSubcommand(command2);
        if (!sub || assumesYes2(command2)) continue;
        report({ message: `\`${command2.name} ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``, range: command2.range });
      }
    }
  }
});

// rules/dnf-package-not-pinned.ts
var MANAGERS3 = /* @__PURE__ */ new Set(["dnf", "dnf5", "microdnf"]);
var INSTALLS = /* @__PURE__ */ new Set(["install", "in"]);
var dnf_package_not_pinned_default = defineRule({
  id: "dnf-package-not-pinned",
  aliases: ["DL3041"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`dnf install` or `microdnf install` of a package without a version",
    details: `Flags each package of a \`dnf install\` (\`dnf5\`, \`microdnf\`) that names no version: a version is
the last dash-separated part of the name starting with a digit (\`httpd-2.4.62\`, \`httpd-2.4.62-1.fc40\`,
\`nodejs-20.*\`, \`name-1:2.0\`) or follows a comparison (\`'httpd >= 2.4'\`). For \`dnf module install\` a module
needs its stream: \`nodejs:20\`, not \`nodejs\`. ARG and ENV values are resolved, so \`dnf install -y $PKG\` is
checked against PKG's value.`,
    why: `Pin versions. \`dnf install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM fedora:40
RUN dnf install -y httpd && dnf clean all`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), groups and modules written \`@name\`,
capabilities such as \`perl(JSON)\`, words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value), and
values of options that take one (\`--enablerepo epel\`, \`--setopt install_weak_deps=0\`). hadolint accepts any
name containing a dash, so it misses \`python3-pip\` or \`java-21-openjdk\`; here the part after the last dash
must be a version. yum has its own rule (yum-package-not-pinned, DL3033). Exec-form RUNs and non-POSIX shells
are not read.`
  },
  check({ file, report }) {
    for (const finding of unpinnedPackages(file, MANAGERS3, INSTALLS)) report(finding);
  }
});

// rules/duplicate-stage-name.ts
var duplicate_stage_name_default = defineRule({
  id: "duplicate-stage-name",
  aliases: ["DL3024", "DuplicateStageName"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "Two stages have the same name",
    details: `Flags a \`FROM ... AS name\` whose name (compared case-insensitively, as Docker does) was already
given to an earlier stage. The finding is on the later name.`,
    why: `\`COPY --from=name\`, \`FROM name\` and \`--target name\` must designate one stage. Docker refuses a
file whose stage names repeat.`,
    bad: `FROM node:22 AS build
RUN npm ci
FROM node:22 AS build
RUN npm run build`,
    good: `FROM node:22 AS deps
RUN npm ci
FROM deps AS build
RUN npm run build`
  },
  check({ file, report }) {
    const seen = /* @__PURE__ */ new Set();
    for (const stage of file.stages) {
      if (stage.name === null || stage.nameRange === null) continue;
      if (seen.has(stage.name)) {
        report({ message: `Duplicate stage name "${stage.nameText ?? stage.name}": stage names must be unique`, range: stage.nameRange });
      }
      seen.add(stage.name);
    }
  }
});

// rules/empty-continuation-line.ts
var empty_continuation_line_default = defineRule({
  id: "empty-continuation-line",
  aliases: ["NoEmptyContinuation"],
  severity: "warning",
  category: "maintainability",
  fixable: true,
  docs: {
    summary: "Empty line inside an instruction continued with `\\`",
    details: `Flags a blank line (empty or only spaces and tabs) between the first and the last line of an
instruction continued with the escape character. Lines of heredoc bodies are not concerned, and comment
lines inside a continued instruction are allowed. The fix removes the line.`,
    why: `Docker skips such lines today but deprecated them: a future release will end the instruction there. The
blank line also hides where the instruction really ends, and a reader may take the next lines for a new
instruction.`,
    bad: `FROM alpine:3.20
RUN apk add --no-cache \\

    curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache \\
    curl`,
    notes: "Same as BuildKit's `NoEmptyContinuation` check."
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      const first = inst.range.start.line;
      const last = inst.range.end.line;
      for (let line = first + 1; line < last; line++) {
        const text = file.lines[line] ?? "";
        if (text.trim() !== "") continue;
        if (inst.heredocs.some((h) => line > h.range.start.line && line <= h.range.end.line)) continue;
        if (inst.trigger?.heredocs.some((h) => line > h.range.start.line && line <= h.range.end.line)) continue;
        report({
          message: "Empty continuation line",
          range: { start: { line, character: 0 }, end: { line, character: text.length } },
          fix: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: "" }]
        });
      }
    }
  }
});

// rules/env-self-reference.ts
function rangeIn(pair, offset, length) {
  const range = pair.valueRange;
  if (range.start.line !== range.end.line) return range;
  const start = range.start.character + offset;
  return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + length } };
}
var env_self_reference_default = defineRule({
  id: "env-self-reference",
  aliases: ["DL3044"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "ENV uses a variable that the same ENV statement defines",
    details: `Flags a \`$NAME\` in an \`ENV\` value when \`NAME\` is set by an earlier pair of the same \`ENV\`
statement: \`ENV DIR=/opt/app BIN=$DIR/bin\`. ONBUILD triggers too.`,
    why: `Docker expands every value of an ENV statement with the variables as they were before the statement:
\`BIN\` gets the old \`DIR\` (or an empty string), not \`/opt/app\`. Split the statement so the variable is
defined before it is used.`,
    bad: `FROM alpine:3.20
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin`,
    good: `FROM alpine:3.20
ENV APP_HOME=/opt/app
ENV APP_BIN=$APP_HOME/bin`,
    notes: `Not reported: a value that refers to its own key (\`ENV PATH=/opt/bin:$PATH\` extends the previous
value, as intended), a reference to a key set by a later pair of the statement (its value before the statement
is what the order suggests anyway), and escaped or single-quoted \`$\`, which Docker does not expand.`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "ENV") continue;
      const defined = /* @__PURE__ */ new Set();
      for (const pair of inst.pairs) {
        if (pair.rawValue !== null && pair.valueRange !== null) {
          const expansion = expand(pair.rawValue, () => void 0, file.escapeChar);
          for (const ref of expansion.references) {
            if (ref.name === pair.key || !defined.has(ref.name)) continue;
            report({
              message: `${ref.name} is defined in the same ENV statement: the value uses its previous value; set it in an earlier ENV`,
              range: rangeIn(pair, ref.offset, ref.length)
            });
          }
        }
        defined.add(pair.key);
      }
    }
  }
});

// src/data/end-of-life.ts
var UBUNTU = "https://ubuntu.com/about/release-cycle";
var UBUNTU_WIKI = "https://wiki.ubuntu.com/Releases";
var DEBIAN = "https://wiki.debian.org/LTS";
var CENTOS = "https://wiki.centos.org/About/Product";
var ALPINE = "https://alpinelinux.org/releases/";
var PYTHON = "https://devguide.python.org/versions/";
var NODE = "https://github.com/nodejs/Release";
var GO = "https://go.dev/doc/devel/release";
var PHP = "https://www.php.net/eol.php";
var PHP_SUPPORTED = "https://www.php.net/supported-versions.php";
var RUBY = "https://www.ruby-lang.org/en/downloads/branches/";
var ubuntu = [
  { versions: ["10.04", "lucid"], eol: "2015-04-30", source: UBUNTU_WIKI },
  { versions: ["12.04", "precise"], eol: "2017-04-28", source: UBUNTU },
  { versions: ["12.10", "quantal"], eol: "2014-05-16", source: UBUNTU_WIKI },
  { versions: ["13.04", "raring"], eol: "2014-01-27", source: UBUNTU_WIKI },
  { versions: ["13.10", "saucy"], eol: "2014-07-17", source: UBUNTU_WIKI },
  { versions: ["14.04", "trusty"], eol: "2019-04-30", source: UBUNTU },
  { versions: ["14.10", "utopic"], eol: "2015-07-23", source: UBUNTU_WIKI },
  { versions: ["15.04", "vivid"], eol: "2016-02-04", source: UBUNTU_WIKI },
  { versions: ["15.10", "wily"], eol: "2016-07-28", source: UBUNTU_WIKI },
  { versions: ["16.04", "xenial"], eol: "2021-04-30", source: UBUNTU },
  { versions: ["16.10", "yakkety"], eol: "2017-07-20", source: UBUNTU_WIKI },
  { versions: ["17.04", "zesty"], eol: "2018-01-13", source: UBUNTU_WIKI },
  { versions: ["17.10", "artful"], eol: "2018-07-19", source: UBUNTU_WIKI },
  { versions: ["18.04", "bionic"], eol: "2023-05-31", source: UBUNTU },
  { versions: ["18.10", "cosmic"], eol: "2019-07-18", source: UBUNTU_WIKI },
  { versions: ["19.04", "disco"], eol: "2020-01-23", source: UBUNTU_WIKI },
  { versions: ["19.10", "eoan"], eol: "2020-07-17", source: UBUNTU_WIKI },
  { versions: ["20.04", "focal"], eol: "2025-05-31", source: UBUNTU },
  { versions: ["20.10", "groovy"], eol: "2021-07-22", source: UBUNTU_WIKI },
  { versions: ["21.04", "hirsute"], eol: "2022-01-20", source: UBUNTU_WIKI },
  { versions: ["21.10", "impish"], eol: "2022-07-14", source: UBUNTU_WIKI },
  { versions: ["22.10", "kinetic"], eol: "2023-07-20", source: UBUNTU_WIKI },
  { versions: ["23.04", "lunar"], eol: "2024-01-25", source: UBUNTU_WIKI },
  { versions: ["23.10", "mantic"], eol: "2024-07-11", source: UBUNTU_WIKI },
  { versions: ["24.10", "oracular"], eol: "2025-07-10", source: UBUNTU_WIKI },
  // Nine months after the April 2025 release; the last day of January 2026 at the latest.
  { versions: ["25.04", "plucky"], eol: "2026-01-31", source: UBUNTU_WIKI }
];
var debian = [
  { versions: ["6", "squeeze"], eol: "2016-02-29", source: DEBIAN },
  { versions: ["7", "wheezy"], eol: "2018-05-31", source: DEBIAN },
  { versions: ["8", "jessie"], eol: "2020-06-30", source: DEBIAN },
  { versions: ["9", "stretch"], eol: "2022-06-30", source: DEBIAN },
  { versions: ["10", "buster"], eol: "2024-06-30", source: DEBIAN },
  { versions: ["11", "bullseye"], eol: "2026-08-31", source: DEBIAN }
];
var centos = [
  { versions: ["5", "centos5"], eol: "2017-03-31", source: CENTOS },
  { versions: ["6", "centos6"], eol: "2020-11-30", source: CENTOS },
  { versions: ["7", "centos7"], eol: "2024-06-30", source: CENTOS },
  // `centos:latest` (and `centos` without a tag) is CentOS Linux 8, the last release the repository got.
  { versions: ["8", "centos8"], aliases: ["latest"], eol: "2021-12-31", source: CENTOS }
];
var alpine = [
  { versions: ["3.0"], eol: "2016-05-01", source: ALPINE },
  { versions: ["3.1"], eol: "2016-11-01", source: ALPINE },
  { versions: ["3.2"], eol: "2017-05-01", source: ALPINE },
  { versions: ["3.3"], eol: "2017-11-01", source: ALPINE },
  { versions: ["3.4"], eol: "2018-05-01", source: ALPINE },
  { versions: ["3.5"], eol: "2018-11-01", source: ALPINE },
  { versions: ["3.6"], eol: "2019-05-01", source: ALPINE },
  { versions: ["3.7"], eol: "2019-11-01", source: ALPINE },
  { versions: ["3.8"], eol: "2020-05-01", source: ALPINE },
  { versions: ["3.9"], eol: "2020-11-01", source: ALPINE },
  { versions: ["3.10"], eol: "2021-05-01", source: ALPINE },
  { versions: ["3.11"], eol: "2021-11-01", source: ALPINE },
  { versions: ["3.12"], eol: "2022-05-01", source: ALPINE },
  { versions: ["3.13"], eol: "2022-11-01", source: ALPINE },
  { versions: ["3.14"], eol: "2023-05-01", source: ALPINE },
  { versions: ["3.15"], eol: "2023-11-01", source: ALPINE },
  { versions: ["3.16"], eol: "2024-05-23", source: ALPINE },
  { versions: ["3.17"], eol: "2024-11-22", source: ALPINE },
  { versions: ["3.18"], eol: "2025-05-09", source: ALPINE },
  { versions: ["3.19"], eol: "2025-11-01", source: ALPINE },
  { versions: ["3.20"], eol: "2026-04-01", source: ALPINE },
  { versions: ["3.21"], eol: "2026-11-01", source: ALPINE }
];
var python = [
  { versions: ["2.6"], eol: "2013-10-29", source: PYTHON },
  // `python:2` is 2.7, the last 2.x release.
  { versions: ["2.7"], aliases: ["2"], eol: "2020-01-01", source: PYTHON },
  { versions: ["3.0"], eol: "2009-06-27", source: PYTHON },
  { versions: ["3.1"], eol: "2012-04-09", source: PYTHON },
  { versions: ["3.2"], eol: "2016-02-20", source: PYTHON },
  { versions: ["3.3"], eol: "2017-09-29", source: PYTHON },
  { versions: ["3.4"], eol: "2019-03-18", source: PYTHON },
  { versions: ["3.5"], eol: "2020-09-30", source: PYTHON },
  { versions: ["3.6"], eol: "2021-12-23", source: PYTHON },
  { versions: ["3.7"], eol: "2023-06-27", source: PYTHON },
  { versions: ["3.8"], eol: "2024-10-07", source: PYTHON },
  { versions: ["3.9"], eol: "2025-10-31", source: PYTHON },
  { versions: ["3.10"], eol: "2026-10-31", source: PYTHON }
];
var node = [
  { versions: ["0.10"], eol: "2016-10-31", source: NODE },
  { versions: ["0.12"], eol: "2016-12-31", source: NODE },
  { versions: ["4", "argon"], eol: "2018-04-30", source: NODE },
  { versions: ["5"], eol: "2016-06-30", source: NODE },
  { versions: ["6", "boron"], eol: "2019-04-30", source: NODE },
  { versions: ["7"], eol: "2017-06-30", source: NODE },
  { versions: ["8", "carbon"], eol: "2019-12-31", source: NODE },
  { versions: ["9"], eol: "2018-06-30", source: NODE },
  { versions: ["10", "dubnium"], eol: "2021-04-30", source: NODE },
  { versions: ["11"], eol: "2019-06-01", source: NODE },
  { versions: ["12", "erbium"], eol: "2022-04-30", source: NODE },
  { versions: ["13"], eol: "2020-06-01", source: NODE },
  { versions: ["14", "fermium"], eol: "2023-04-30", source: NODE },
  { versions: ["15"], eol: "2021-06-01", source: NODE },
  { versions: ["16", "gallium"], eol: "2023-09-11", source: NODE },
  { versions: ["17"], eol: "2022-06-01", source: NODE },
  { versions: ["18", "hydrogen"], eol: "2025-04-30", source: NODE },
  { versions: ["19"], eol: "2023-06-01", source: NODE },
  { versions: ["20", "iron"], eol: "2026-04-30", source: NODE },
  { versions: ["21"], eol: "2024-06-01", source: NODE },
  { versions: ["23"], eol: "2025-06-01", source: NODE }
];
var golang = [
  { versions: ["1.2"], eol: "2014-12-10", source: GO },
  { versions: ["1.3"], eol: "2015-08-19", source: GO },
  { versions: ["1.4"], eol: "2016-02-17", source: GO },
  { versions: ["1.5"], eol: "2016-08-15", source: GO },
  { versions: ["1.6"], eol: "2017-02-16", source: GO },
  { versions: ["1.7"], eol: "2017-08-24", source: GO },
  { versions: ["1.8"], eol: "2018-02-16", source: GO },
  { versions: ["1.9"], eol: "2018-08-24", source: GO },
  { versions: ["1.10"], eol: "2019-02-25", source: GO },
  { versions: ["1.11"], eol: "2019-09-03", source: GO },
  { versions: ["1.12"], eol: "2020-02-25", source: GO },
  { versions: ["1.13"], eol: "2020-08-11", source: GO },
  { versions: ["1.14"], eol: "2021-02-16", source: GO },
  { versions: ["1.15"], eol: "2021-08-16", source: GO },
  { versions: ["1.16"], eol: "2022-03-15", source: GO },
  { versions: ["1.17"], eol: "2022-08-02", source: GO },
  { versions: ["1.18"], eol: "2023-02-01", source: GO },
  { versions: ["1.19"], eol: "2023-08-08", source: GO },
  { versions: ["1.20"], eol: "2024-02-06", source: GO },
  { versions: ["1.21"], eol: "2024-08-13", source: GO },
  { versions: ["1.22"], eol: "2025-02-11", source: GO },
  { versions: ["1.23"], eol: "2025-08-12", source: GO }
];
var php = [
  { versions: ["5.3"], eol: "2014-08-14", source: PHP },
  { versions: ["5.4"], eol: "2015-09-03", source: PHP },
  { versions: ["5.5"], eol: "2016-07-21", source: PHP },
  // `php:5` and `php:7` were the last minor releases of their majors.
  { versions: ["5.6"], aliases: ["5"], eol: "2018-12-31", source: PHP },
  { versions: ["7.0"], eol: "2019-01-10", source: PHP },
  { versions: ["7.1"], eol: "2019-12-01", source: PHP },
  { versions: ["7.2"], eol: "2020-11-30", source: PHP },
  { versions: ["7.3"], eol: "2021-12-06", source: PHP },
  { versions: ["7.4"], aliases: ["7"], eol: "2022-11-28", source: PHP },
  { versions: ["8.0"], eol: "2023-11-26", source: PHP },
  { versions: ["8.1"], eol: "2025-12-31", source: PHP_SUPPORTED }
];
var ruby = [
  { versions: ["1.9"], eol: "2015-02-23", source: RUBY },
  { versions: ["2.0"], eol: "2016-02-24", source: RUBY },
  { versions: ["2.1"], eol: "2017-03-31", source: RUBY },
  { versions: ["2.2"], eol: "2018-03-31", source: RUBY },
  { versions: ["2.3"], eol: "2019-03-31", source: RUBY },
  { versions: ["2.4"], eol: "2020-03-31", source: RUBY },
  { versions: ["2.5"], eol: "2021-04-05", source: RUBY },
  { versions: ["2.6"], eol: "2022-04-12", source: RUBY },
  // `ruby:2` is 2.7, the last 2.x release.
  { versions: ["2.7"], aliases: ["2"], eol: "2023-03-31", source: RUBY },
  { versions: ["3.0"], eol: "2024-04-23", source: RUBY },
  { versions: ["3.1"], eol: "2025-03-26", source: RUBY }
];
var END_OF_LIFE = [
  { repository: "ubuntu", runtime: false, releases: ubuntu },
  { repository: "debian", runtime: false, releases: debian },
  { repository: "centos", runtime: false, releases: centos },
  { repository: "alpine", runtime: false, releases: alpine },
  { repository: "python", runtime: true, releases: python },
  { repository: "node", runtime: true, releases: node },
  { repository: "golang", runtime: true, releases: golang },
  { repository: "php", runtime: true, releases: php },
  { repository: "ruby", runtime: true, releases: ruby }
];

// rules/eol-base-image.ts
function table(repository) {
  return END_OF_LIFE.find((t) => t.repository === repository);
}
function findRelease(entries, tag) {
  let best = null;
  for (const release of entries.releases) {
    const candidates = [
      ...release.versions.filter((v) => tag === v || tag.startsWith(`${v}.`) || tag.startsWith(`${v}-`)),
      ...(release.aliases ?? []).filter((v) => tag === v || tag.startsWith(`${v}-`))
    ];
    for (const version2 of candidates) if (!best || version2.length > best.version.length) best = { version: version2, release };
  }
  return best && { name: `${entries.repository}:${best.version}`, release: best.release };
}
function findBase(tag) {
  for (const part of tag.split("-").slice(1)) {
    if (part.startsWith("alpine") && part.length > "alpine".length) {
      const match = findRelease(table("alpine"), part.slice("alpine".length));
      if (match) return match;
    }
    for (const repository of ["debian", "ubuntu"]) {
      const entries = table(repository);
      const release = entries.releases.find((r) => r.versions.some((v) => v === part && /^[a-z]+$/.test(v)));
      if (release) return { name: `${repository}:${part}`, release };
    }
  }
  return null;
}
function today() {
  return new Date(Date.now()).toISOString().slice(0, 10);
}
function officialTable(image) {
  const name = dockerHubName(image);
  return name === null ? void 0 : table(name);
}
var eol_base_image_default = defineRule({
  id: "eol-base-image",
  aliases: [],
  severity: "warning",
  category: "security",
  docs: {
    summary: "FROM a distribution or runtime release past its end of life",
    details: `Flags a \`FROM\` whose image is an official Docker Hub image of a release that no longer gets
security fixes: \`ubuntu:trusty\`, \`debian:jessie-slim\`, \`centos:7\`, \`alpine:3.12\`, \`python:2.7\`,
\`node:14-alpine\`, \`golang:1.19\`, \`php:7.4-apache\`, \`ruby:2.7\`. A runtime tag that names its
distribution (\`python:3.11-buster\`, \`node:20-alpine3.18\`) is also checked for that distribution; when both
are past their end of life, one finding names both. ARG defaults in the image reference are resolved. Every
stage is checked, builder stages too: a compiler or runtime that gets no fixes still ends up in what it builds.

Option \`date\` (\`YYYY-MM-DD\`, default today) sets the day the dates are compared with, so that a CI run
is reproducible or a team can look ahead.`,
    why: `The Dockerfiles shown in "Python in Docker" and "Docker for Developers" start from \`ubuntu:12.04\` and
\`ubuntu:trusty\`: releases that stopped getting security updates years ago. Nothing breaks on the day a release reaches its end of life; the image just
collects known vulnerabilities that will never be fixed, and the upgrade gets harder with every month.`,
    bad: `FROM python:2.7-slim
RUN pip install flask`,
    good: `FROM python:3.13-slim
RUN pip install flask`,
    notes: `Only official images on Docker Hub (\`python\`, \`library/python\`, \`docker.io/library/python\`) are
checked; mirrors, other registries and user repositories (\`myorg/python:2.7\`) are not, since their tags
may mean anything. Not checked: an earlier stage, \`scratch\`, an image whose variables have no value, a tag
that names no release (\`latest\`, \`lts\`, \`slim\`), a digest without a tag. \`centos\` and \`centos:latest\` are
reported: the repository's last release, CentOS Linux 8, reached its end of life in 2021.

The dates live in \`src/data/end-of-life.ts\`, taken from endoflife.date and the vendors' release pages
(Ubuntu's end of standard support, Debian's end of LTS, CentOS, Alpine, Python, Node.js, Go, PHP, Ruby).`
  },
  options: {
    date: {
      type: "string",
      default: "",
      description: "Compare with this day (YYYY-MM-DD) instead of today",
      validate: (value) => value === "" || isDay(String(value)) ? null : 'expected a day written YYYY-MM-DD, or "" for today'
    }
  },
  check({ file, options, report }) {
    const option = String(options["date"] ?? "");
    const day = isDay(option) ? option : today();
    const past = (match) => match !== null && match.release.eol <= day;
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || image.unresolved || !image.tag && image.digest) continue;
      const entries = officialTable(image);
      if (!entries) continue;
      const tag = image.tag ?? "latest";
      const own = findRelease(entries, tag);
      const base = entries.runtime ? findBase(tag) : null;
      const suffix = "it no longer gets security fixes";
      let message = null;
      if (past(own) && past(base)) {
        message = `${own.name} reached end of life on ${own.release.eol}, and its base ${base.name} on ${base.release.eol}; ${suffix}`;
      } else if (past(own)) {
        message = `${own.name} reached end of life on ${own.release.eol}; ${suffix}`;
      } else if (past(base)) {
        message = `${base.name} (the base of ${entries.repository}:${tag}) reached end of life on ${base.release.eol}; ${suffix}`;
      }
      if (message) report({ message, range: image.range });
    }
  }
});
function isDay(value) {
  return value === "" ? false : /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

// src/lint/expose.ts
function* exposedValues(file) {
  for (const top of file.instructions) {
    const inst = top.trigger ?? top;
    if (inst.keyword !== "EXPOSE") continue;
    for (const word of inst.args) {
      if (inst.onbuild !== null && word.value.includes("$")) continue;
      const resolved = resolveWord(inst, word.value, file.escapeChar);
      if (resolved === null) continue;
      for (const value of resolved.split(/\s+/).filter(Boolean)) yield { word, value };
    }
  }
}

// rules/expose-host-mapping.ts
var expose_host_mapping_default = defineRule({
  id: "expose-host-mapping",
  aliases: ["ExposeInvalidFormat"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "EXPOSE with an IP address or host port (`EXPOSE 8080:80`): EXPOSE only declares container ports",
    details: `Flags an \`EXPOSE\` value with an IP address or a host port before the container port
(\`EXPOSE 127.0.0.1:8080:80\`, \`EXPOSE 8080:80/tcp\`), at the value. ARG and ENV values are resolved first.`,
    why: `EXPOSE documents the ports the application listens on inside the container; which host address and
port they are published on is decided when the container runs (\`docker run -p 8080:80\`, compose \`ports:\`).
Docker drops the host part with a warning, so the Dockerfile promises a mapping that never happens.`,
    bad: `FROM nginx:1.27
EXPOSE 8080:80`,
    good: `FROM nginx:1.27
EXPOSE 80
# publish with: docker run -p 8080:80 ...`,
    notes: `Values whose variables have no value are not checked. Ports out of range are \`expose-invalid-port\`
(DL3011).`
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const ports = value.split("/")[0];
      if (!ports.includes(":")) continue;
      const container = ports.slice(ports.lastIndexOf(":") + 1);
      report({
        message: `\`EXPOSE ${value}\` maps a host address or port, which EXPOSE cannot do: expose \`${container}\` and publish with \`docker run -p\``,
        range: word.range
      });
    }
  }
});

// rules/expose-invalid-port.ts
var PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function problem(value) {
  const slash = value.indexOf("/");
  const ports = slash >= 0 ? value.slice(0, slash) : value;
  const protocol = slash >= 0 ? value.slice(slash + 1) : null;
  if (ports.includes(":")) return null;
  const match = /^([0-9]+)(?:-([0-9]+))?$/.exec(ports);
  if (!match) return `\`${value}\` is not a port or a port range`;
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  if (start > 65535 || end > 65535) return `\`${ports}\` is outside the valid port range 0-65535`;
  if (end < start) return `\`${ports}\` is an empty port range: the end is below the start`;
  if (protocol !== null && !PROTOCOLS.has(protocol.toLowerCase())) return `\`${protocol}\` is not a protocol EXPOSE knows: use tcp, udp or sctp`;
  return null;
}
var expose_invalid_port_default = defineRule({
  id: "expose-invalid-port",
  aliases: ["DL3011"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "EXPOSE of an invalid port: out of 0-65535, not a number, or an unknown protocol",
    details: `Flags each \`EXPOSE\` value that Docker rejects or does not honour:

- a port or a range end above 65535 (\`EXPOSE 80000\`, \`EXPOSE 8000-70000\`), or a range whose end is below its start;
- a value that is not a port (\`EXPOSE http\`) or a protocol other than tcp, udp and sctp.

ARG and ENV values are resolved first; a value that stays unknown (\`EXPOSE $PORT\` without a default) is fine.`,
    why: `EXPOSE documents the ports the application listens on, and \`docker run -P\` publishes them. A port out of
range, not a number or with an unknown protocol makes the build fail, or an image whose configuration other tools
cannot read.`,
    bad: `FROM nginx:1.27
EXPOSE 80800`,
    good: `FROM nginx:1.27
EXPOSE 80 443/tcp 8000-8010/udp`,
    notes: `An IP address or host port (\`EXPOSE 8080:80\`) is \`expose-host-mapping\` (ExposeInvalidFormat). A protocol
written in upper case is \`expose-protocol-casing\` (ExposeProtoCasing). \`EXPOSE 22\` is reported
by \`sshd-in-container\`.`
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const message = problem(value);
      if (message) report({ message, range: word.range });
    }
  }
});

// rules/expose-protocol-casing.ts
var expose_protocol_casing_default = defineRule({
  id: "expose-protocol-casing",
  aliases: ["ExposeProtoCasing"],
  severity: "warning",
  category: "style",
  fixable: true,
  docs: {
    summary: "EXPOSE protocol not in lower case (`80/TCP`)",
    details: `Flags an \`EXPOSE\` value whose protocol is not written in lower case (\`EXPOSE 80/TCP\`,
\`EXPOSE 53/Udp\`), at the value. The fix lower-cases the protocol where it is written literally.`,
    why: `Docker expects \`tcp\`, \`udp\` and \`sctp\` in lower case; it accepts other casings only by converting them,
and tools that read the image configuration may not. Lower case matches Docker's own output (\`80/tcp\`).`,
    bad: `FROM nginx:1.27
EXPOSE 80/TCP`,
    good: `FROM nginx:1.27
EXPOSE 80/tcp`,
    notes: `A protocol Docker does not know at all (\`80/http\`) is \`expose-invalid-port\`. Values whose variables
have no value are not checked.`
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const slash = value.indexOf("/");
      if (slash < 0) continue;
      const protocol = value.slice(slash + 1);
      if (protocol === protocol.toLowerCase() || !["tcp", "udp", "sctp"].includes(protocol.toLowerCase())) continue;
      const literal = word.value === value && word.range.start.line === word.range.end.line;
      report({
        message: `Write the protocol in lower case: \`${value.slice(0, slash)}/${protocol.toLowerCase()}\``,
        range: word.range,
        ...literal ? { fix: [{ range: word.range, text: value.toLowerCase() }] } : {}
      });
    }
  }
});

// rules/from-as-casing-mismatch.ts
var isUpper = (text) => text === text.toUpperCase();
var isLower = (text) => text === text.toLowerCase();
var from_as_casing_mismatch_default = defineRule({
  id: "from-as-casing-mismatch",
  aliases: ["FromAsCasing"],
  severity: "warning",
  category: "style",
  fixable: true,
  docs: {
    summary: "`FROM ... AS name` with the `AS` keyword in another case than `FROM`",
    details: `Flags \`FROM image as name\` where \`FROM\` is upper case and \`as\` is not, or \`FROM\` is lower case
and \`AS\` is not (\`from image AS name\`). The fix writes \`AS\` in the case of \`FROM\`.`,
    why: "Keywords of one instruction written in two cases read as a typo and make the file harder to scan.",
    bad: `FROM golang:1.23 as build
RUN go version`,
    good: `FROM golang:1.23 AS build
RUN go version`,
    notes: "Same as BuildKit's `FromAsCasing` check. A mixed-case `From` keyword is left to `inconsistent-instruction-casing`."
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const asWord = from.args[1];
      if (!stage.nameText || !asWord || asWord.value.toLowerCase() !== "as") continue;
      const keyword = from.keywordText;
      let expected = null;
      if (isUpper(keyword) && !isUpper(asWord.value)) expected = "AS";
      else if (isLower(keyword) && !isLower(asWord.value)) expected = "as";
      if (expected === null) continue;
      report({
        message: `'${asWord.value}' and '${keyword}' keywords' casing do not match`,
        range: asWord.range,
        fix: [{ range: asWord.range, text: expected }]
      });
    }
  }
});

// rules/from-platform-constant.ts
var from_platform_constant_default = defineRule({
  id: "from-platform-constant",
  aliases: ["DL3029", "FromPlatformFlagConstDisallowed"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`FROM --platform` with a constant value",
    details: `Flags \`FROM --platform=linux/amd64 ...\`: a platform written as a constant rather than taken from a
build argument such as \`$BUILDPLATFORM\` or \`$TARGETPLATFORM\`.`,
    why: `A constant platform pins the stage to one architecture whatever \`docker build --platform\` asks for:
multi-platform builds silently produce amd64 binaries in an arm64 image, and on other machines the stage
runs under emulation. Leave the platform to the build, or derive it from \`$BUILDPLATFORM\` for
cross-compiling stages.`,
    bad: `FROM --platform=linux/amd64 golang:1.23 AS build
RUN go build -o /app .`,
    good: `FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .`,
    notes: `Not reported, as in BuildKit: a stage whose name contains the platform's operating system or
architecture (\`FROM --platform=linux/arm64 alpine AS build-arm64\`), which shows the pin is deliberate. A value
with a variable is never reported.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const expansion = expand(flag.value, () => void 0, file.escapeChar);
      if (expansion.references.length > 0) continue;
      const value = expansion.value.trim().toLowerCase();
      if (value === "") continue;
      const [os, arch] = value.split("/");
      if (stage.name && [os, arch].some((part) => part && stage.name.includes(part))) continue;
      report({
        message: `FROM --platform flag should not use a constant value ("${expansion.value.trim()}")`,
        range: flag.range
      });
    }
  }
});

// rules/gem-not-pinned.ts
function pinned4(name) {
  return name.includes(":") || name.startsWith("/") || name.startsWith(".") || name.endsWith(".gem");
}
function gems(command2) {
  const separator = command2.args.findIndex((word) => word.value === "--");
  const before2 = separator < 0 ? command2.args : command2.args.slice(0, separator);
  return command2.positionals.slice(1).filter((word) => before2.includes(word));
}
var gem_not_pinned_default = defineRule({
  id: "gem-not-pinned",
  aliases: ["DL3028"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`gem install` of a gem without a version",
    details: `Flags each gem of a \`gem install\` that names no version: neither \`gem:version\` nor a
\`-v\`/\`--version\` option on the command. Local \`.gem\` files are fine, and so is \`gem install -g\` (a
gem.deps.rb or Gemfile). The values of options that take one (\`-i\`, \`-n\`, \`--source\`, \`--platform\`...) and
the extension build options after \`--\` are not gems. ARG and ENV values are substituted before deciding
(\`bundler:\${BUNDLER_VERSION}\` is pinned).`,
    why: `Without a version, \`gem install\` takes the latest release on the day of the build, so the same
Dockerfile can give a different image, or fail when a new release drops support for the Ruby in the image.`,
    bad: `FROM ruby:3.3-slim
RUN gem install bundler`,
    good: `FROM ruby:3.3-slim
RUN gem install bundler:2.5.6`,
    notes: `One finding per unpinned gem, on the gem. \`-v\` applies to every gem of the command, as in hadolint.
Gems from a Gemfile are pinned by Gemfile.lock: prefer \`bundle install\`.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "gem" || command2.positionals[0]?.value !== "install") continue;
        if (command2.flags.some((flag) => flag.name === "-v" || flag.name === "--version")) continue;
        for (const word of gems(command2)) {
          const message = unpinnedMessage(
            word,
            run2,
            pinned4,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}:<version>\` or \`-v <version>\``,
            (unpinned3) => `\`${word.display}\` holds gems not pinned to a version (${unpinned3}): use \`gem:<version>\``
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  }
});

// rules/go-package-not-pinned.ts
var SUBCOMMANDS = /* @__PURE__ */ new Set(["install", "get", "run"]);
function wordValue(word, run2) {
  if (word.value !== null) return word.value;
  if (word.text.includes("$(") || word.text.includes("`")) return null;
  return resolveWord(run2, word.text);
}
function unpinned(spec) {
  if (spec === "" || spec.includes("@")) return false;
  if (/^[.~/]/.test(spec) || spec.endsWith(".go")) return false;
  return spec.split("/")[0].includes(".");
}
function checkedOutLater(run2, goGet, pkg) {
  const isPackageDir = (dir) => {
    if (dir === null) return false;
    const path = `/${dir.replace(/\/+$/, "")}`;
    const at = path.lastIndexOf("/src/");
    if (at < 0) return false;
    const repo = path.slice(at + "/src/".length);
    return repo === pkg || pkg.startsWith(`${repo}/`) && repo.split("/").length >= 2;
  };
  const stage = run2.stage;
  if (!stage || run2.onbuild) return false;
  let inWorkdir = false;
  const scan = (inst, commands) => {
    let inDir = inWorkdir;
    for (const command2 of commands) {
      if (command2.name === "cd") {
        const target = command2.positionals[0];
        inDir = target ? isPackageDir(wordValue(target, inst)) : false;
      } else if (inDir && command2.name === "git" && command2.positionals[0]?.value === "checkout" && command2.positionals.length > 1) {
        return true;
      }
    }
    return false;
  };
  const own = commandsOf(run2);
  if (scan(run2, own.slice(own.indexOf(goGet) + 1))) return true;
  for (const inst of stage.instructions) {
    if (inst.index <= run2.index) continue;
    if (inst.keyword === "WORKDIR") {
      const arg = inst.args[0];
      inWorkdir = arg !== void 0 && isPackageDir(resolveWord(inst, arg.value));
    } else if (inst.keyword === "RUN" && scan(inst, commandsOf(inst))) {
      return true;
    }
  }
  return false;
}
var go_package_not_pinned_default = defineRule({
  id: "go-package-not-pinned",
  aliases: ["DL3062"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`go install`, `go get` or `go run` of a package without `@version`",
    details: `Flags a remote package (a module path such as \`github.com/user/tool\` or \`golang.org/x/tools/gopls\`)
named by \`go install\`, \`go get\` or \`go run\` without \`@version\`. Local packages (\`.\`, \`./cmd/app\`, \`./...\`),
\`.go\` files, the standard library and packages of the main module are fine. For \`go run\` only the package is
read; the words after it are the program's arguments. ARG and ENV values are substituted before deciding; a
package whose name stays unknown is not flagged.`,
    why: `Pin versions. Without \`@version\`, \`go install\` resolves the newest release (or the main module's
requirement) on the day of the build, so two builds of the same Dockerfile can ship different tools.`,
    bad: `FROM golang:1.22
RUN go install github.com/go-delve/delve/cmd/dlv`,
    good: `FROM golang:1.22
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.0`,
    notes: `Values of build flags (\`-ldflags\`, \`-tags\`, \`-o\`, \`-mod\`...) are never taken for packages. Any
\`@query\` counts as a version, \`@latest\` too, as in hadolint. Not reported: a GOPATH-mode \`go get <pkg>\` that only clones
the repository, when the build then enters \`.../src/<pkg>\` or the directory of its repository (\`cd\` in the same
RUN, or WORKDIR) and runs
\`git checkout <version>\` there. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "go" || !SUBCOMMANDS.has(command2.subcommand ?? "")) continue;
        let packages = command2.positionals.slice(1);
        if (command2.subcommand === "run") packages = packages.slice(0, 1);
        for (const word of packages) {
          const value = wordValue(word, run2);
          if (value === null) continue;
          const specs = word.text.includes("$") && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          const loose = specs.find(unpinned);
          if (!loose) continue;
          if (command2.subcommand === "get" && checkedOutLater(run2, command2, loose)) continue;
          report({
            message: `\`go ${command2.subcommand} ${loose}\` fetches whatever version is newest; pin it (\`${loose}@<version>\`)`,
            range: word.range
          });
        }
      }
    }
  }
});

// rules/inconsistent-instruction-casing.ts
function casingOf(inst) {
  const text = inst.keywordText;
  if (text === text.toUpperCase()) return "uppercase";
  if (text === text.toLowerCase()) return "lowercase";
  return null;
}
var inconsistent_instruction_casing_default = defineRule({
  id: "inconsistent-instruction-casing",
  aliases: ["ConsistentInstructionCasing"],
  severity: "warning",
  category: "style",
  fixable: true,
  docs: {
    summary: "Instruction keyword not in the case most of the file uses",
    details: `Counts the instruction keywords written in upper case and in lower case; the larger group is the
file's convention (upper case on a tie). Flags every keyword written otherwise, including mixed-case keywords
such as \`Run\`. The fix rewrites the keyword in the file's case. ONBUILD triggers are checked too.`,
    why: `Docker accepts keywords in any case, but a file that mixes \`RUN\` and \`run\` is harder to scan, and the
odd one out usually comes from a paste.`,
    bad: `FROM alpine:3.20
run apk add --no-cache curl
COPY app /app`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl
COPY app /app`,
    notes: "Same as BuildKit's `ConsistentInstructionCasing` check."
  },
  check({ file, report }) {
    const all = [];
    for (const inst of file.instructions) {
      all.push(inst);
      if (inst.trigger) all.push(inst.trigger);
    }
    let upper = 0;
    let lower = 0;
    for (const inst of all) {
      const casing = casingOf(inst);
      if (casing === "uppercase") upper++;
      else if (casing === "lowercase") lower++;
    }
    const majority = lower > upper ? "lowercase" : "uppercase";
    for (const inst of all) {
      if (casingOf(inst) === majority) continue;
      report({
        message: `Command '${inst.keywordText}' should match the case of the command majority (${majority})`,
        range: inst.keywordRange,
        fix: [{ range: inst.keywordRange, text: majority === "uppercase" ? inst.keywordText.toUpperCase() : inst.keywordText.toLowerCase() }]
      });
    }
  }
});

// rules/inline-ignore-comment.ts
var PRAGMA = /^(?:whale-ignore(?:-file)?(?:\s|$)|hadolint\s+(?:global\s+)?ignore\s*=)/;
var inline_ignore_comment_default = defineRule({
  id: "inline-ignore-comment",
  aliases: ["DL1001"],
  severity: "info",
  category: "maintainability",
  enabledByDefault: false,
  docs: {
    summary: "An inline comment that ignores findings",
    details: `Flags comments that turn rules off inside the Dockerfile: \`# whale-ignore ...\`,
\`# whale-ignore-file ...\`, \`# hadolint ignore=...\` and \`# hadolint global ignore=...\`.`,
    why: `A team that wants every exception to go through review keeps them in the configuration, where they
are in one place; an ignore comment hides a finding in the file that has it, and outlives the reason
it was written for.`,
    bad: `FROM debian:12-slim
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
 && rm -rf /var/lib/apt/lists/*`,
    notes: `Off by default, as in hadolint: ignore comments are the normal way to accept a finding. Turn it on
where exceptions must be made in \`.whale.yaml\` instead. Comments that only mention a tool
(\`# linted with hadolint\`) are not reported.`
  },
  check({ file, report }) {
    for (const comment of file.comments) {
      if (!PRAGMA.test(comment.text)) continue;
      report({ message: "inline ignore comment: accept the finding in the configuration instead", range: comment.range });
    }
  }
});

// rules/instruction-before-from.ts
var instruction_before_from_default = defineRule({
  id: "instruction-before-from",
  aliases: ["DL3061"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "An instruction other than ARG before the first FROM",
    details: `Flags every instruction other than \`ARG\` that comes before the first \`FROM\`. (Parser directives
and comments may come first; unknown instructions are \`parse-error\`'s.)`,
    why: `Docker refuses the Dockerfile: every instruction but the global ARGs belongs to a stage, and stages
start with FROM.`,
    bad: `ENV NODE_ENV=production
FROM node:22-slim`,
    good: `ARG NODE_VERSION=22
FROM node:\${NODE_VERSION}-slim
ENV NODE_ENV=production`,
    notes: `A syntax error to Docker, reported under this rule rather than \`parse-error\` so that hadolint's code
DL3061 keeps working in configuration and ignore comments.`
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.stage !== null || inst.keyword === "ARG" || !KNOWN_INSTRUCTIONS.has(inst.keyword)) continue;
      report({ message: `${inst.keyword} before the first FROM: only ARG may come before FROM`, range: inst.keywordRange });
    }
  }
});

// rules/invalid-base-image-platform.ts
var invalid_base_image_platform_default = defineRule({
  id: "invalid-base-image-platform",
  aliases: ["InvalidBaseImagePlatform"],
  severity: "warning",
  category: "correctness",
  options: {
    platforms: {
      type: "map",
      default: {},
      description: "Platforms each base image provides: image name (`python` or `ghcr.io/org/app`) -> comma-separated platforms (`linux/amd64,linux/arm64`)."
    }
  },
  docs: {
    summary: "FROM --platform asks for a platform the base image does not provide",
    details: `BuildKit reports this when the image it pulled for a stage has another platform than the one the build
asked for. Which platforms an image provides is in its registry manifest, which a static linter does not read:
without configuration the rule is quiet. With the \`platforms\` option listing the platforms of some images,
it flags a \`FROM --platform=<p>\` (value resolved, variables known) naming one of them that lacks \`<p>\`.`,
    why: `An image pulled for the wrong platform runs under emulation or not at all ("exec format error"), and
the build may silently produce an image for another architecture than intended.`,
    bad: `FROM --platform=linux/arm64 mcr.microsoft.com/windows/servercore:ltsc2022
RUN echo hi`,
    good: `FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022
RUN echo hi`,
    exampleOptions: { platforms: { "mcr.microsoft.com/windows/servercore": "windows/amd64" } },
    notes: `BuildKit's \`InvalidBaseImagePlatform\` check compares against the pulled image; whale cannot pull, so by
default this rule never reports. \`$BUILDPLATFORM\`/\`$TARGETPLATFORM\` and other unresolved values are not
checked. A platform with a variant (\`linux/arm/v7\`) matches a listed \`linux/arm\`.`
  },
  check({ file, options, report }) {
    const platforms = options.platforms;
    if (Object.keys(platforms).length === 0) return;
    for (const stage of file.stages) {
      const image = stage.image;
      const flag = stage.platform;
      if (!image || image.unresolved || !flag || flag.value === null || !flag.valueRange) continue;
      const wanted = resolveWord(stage.from, flag.value, file.escapeChar);
      if (!wanted) continue;
      const name = image.registry ? `${image.registry}/${image.repository}` : officialName(image.repository);
      const listed = platforms[name] ?? platforms[image.registry ? name : `docker.io/library/${name}`];
      if (listed === void 0) continue;
      const available = listed.split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
      const want = wanted.toLowerCase();
      if (available.some((p) => p === want || want.startsWith(p + "/"))) continue;
      report({
        message: `Base image ${image.resolved} does not provide platform "${wanted}" (it provides ${available.join(", ")})`,
        range: flag.valueRange
      });
    }
  }
});

// rules/invalid-default-arg-in-from.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
var DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
);
function validReference(name) {
  return name.length <= 255 && REFERENCE.test(name);
}
var invalid_default_arg_in_from_default = defineRule({
  id: "invalid-default-arg-in-from",
  aliases: ["InvalidDefaultArgInFrom"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "FROM gives an empty or invalid image name with the default values of its ARGs",
    details: `Flags a \`FROM\` whose image uses global ARGs when substituting their default values (or nothing, for an
\`ARG NAME\` without a default) gives an empty or invalid image reference, such as \`alpine:\` from
\`FROM alpine:\${TAG}\` with \`ARG TAG\`. Such a file builds only when every build passes \`--build-arg\`.`,
    why: `A Dockerfile should build with a plain \`docker build .\`. Giving the ARG a sensible default documents the
expected value and keeps the build working; if the value must be chosen, \`\${TAG:?}\` would at least fail
with a message, but a default is better.`,
    bad: `ARG TAG
FROM alpine:\${TAG}`,
    good: `ARG TAG=3.20
FROM alpine:\${TAG}`,
    notes: `Same as BuildKit's \`InvalidDefaultArgInFrom\` check. Not reported: a FROM using a built-in build
argument (\`TARGETARCH\`...), whose value BuildKit fills in, and a variable that no global ARG declares (that is
\`undefined-arg-in-from\`). The result may name an earlier stage.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const word = from.args[0];
      if (!word || !word.value.includes("$")) continue;
      const refs = expand(word.value, () => void 0, file.escapeChar).references;
      if (refs.length === 0) continue;
      if (refs.some((ref) => {
        const v = from.scope.get(ref.name);
        return !v || v.kind === "builtin";
      })) continue;
      const resolved = expand(word.value, scopeLookup(from.scope), file.escapeChar).value;
      if (resolved !== "" && file.stages.some((s) => s.index < stage.index && s.name === resolved.toLowerCase())) continue;
      if (resolved !== "" && validReference(resolved)) continue;
      report({
        message: `Default value for ARG ${word.value} results in empty or invalid base image name`,
        range: word.range
      });
    }
  }
});

// src/lint/labels.ts
var LABEL_KINDS = ["text", "url", "rfc3339", "spdx", "hash", "semver", "email"];
var LABEL_SCHEMA_OPTION = {
  type: "map",
  default: {},
  description: `Label name -> kind of value: ${LABEL_KINDS.join(", ")} (hadolint's \`label-schema\`).`,
  validate: (value) => {
    if (typeof value !== "object" || Array.isArray(value)) return null;
    const wrong = Object.values(value).filter((kind) => !LABEL_KINDS.includes(kind));
    return wrong.length ? `label kinds are ${LABEL_KINDS.join(", ")}` : null;
  }
};
function labelSchema(options) {
  const value = options["labelSchema"];
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function labelsOf(file, triggers = false) {
  const labels = [];
  for (const top of file.instructions) {
    const inst = triggers ? top.trigger ?? top : top;
    if (inst.keyword !== "LABEL") continue;
    const later = inst.onbuild !== null;
    for (const pair of inst.pairs) {
      const key = later ? pair.key.includes("$") ? null : pair.key : resolveWord(inst, pair.key, file.escapeChar);
      const value = pair.rawValue === null ? "" : later ? pair.value : resolveWord(inst, pair.rawValue, file.escapeChar);
      labels.push({ inst, pair, key, value });
    }
  }
  return labels;
}
function invalidSchemaLabels(file, options, kind, valid) {
  const schema = labelSchema(options);
  return labelsOf(file).filter((label) => label.key !== null && schema[label.key] === kind && label.value !== null && label.value.trim() !== "" && !valid(label.value.trim()));
}

// rules/invalid-label-key.ts
var RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
var VALID = /^[a-z](?:[a-z0-9.-]*[a-z0-9])?$/;
var invalid_label_key_default = defineRule({
  id: "invalid-label-key",
  aliases: ["DL3048"],
  severity: "style",
  category: "style",
  docs: {
    summary: "A LABEL key that is not a valid label key, or uses a namespace reserved for Docker",
    details: `Flags a \`LABEL\` key (ARG and ENV values substituted) that:

- uses a namespace Docker reserves for itself: \`com.docker.*\`, \`io.docker.*\`, \`org.dockerproject.*\`;
- or is not written as Docker asks label keys to be: lower-case letters, digits, \`.\` and \`-\` only,
  starting with a letter and ending with a letter or digit, without \`..\` or \`--\`.

ONBUILD LABEL keys are checked too.`,
    why: `Label keys are read by tools that match them exactly: \`Maintainer\`, \`maintainer\` and
\`MAINTAINER\` are three labels, and \`version_1\` does not fit the reverse-DNS naming that lets
organisations share label names without clashes. Keys in Docker's own namespaces may be overwritten or
interpreted by Docker.`,
    bad: `FROM alpine:3.20
LABEL Maintainer="team@example.com" com.docker.extension.title="App"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.authors="team@example.com" com.example.title="App"`,
    notes: `Not reported: keys built from a variable that has no value in the Dockerfile. The reverse-DNS
prefix is recommended by Docker but not required, so \`maintainer\` or \`version\` alone are valid keys.
\`org.label-schema.*\` and \`org.opencontainers.*\` are fine.`
  },
  check({ file, report }) {
    for (const label of labelsOf(file, true)) {
      const key = label.key;
      if (key === null || key === "") continue;
      const range = label.pair.keyRange;
      const reserved = RESERVED.find((prefix) => key.toLowerCase().startsWith(prefix));
      if (reserved) {
        report({ message: `label key "${key}" uses the namespace ${reserved}* reserved for Docker`, range });
      } else if (!VALID.test(key) || key.includes("..") || key.includes("--")) {
        report({ message: `invalid label key "${key}": use lower-case letters, digits, "." and "-", start with a letter, end with a letter or digit, no ".." or "--"`, range });
      }
    }
  }
});

// rules/label-empty.ts
var label_empty_default = defineRule({
  id: "label-empty",
  aliases: ["DL3051"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label of the label schema with an empty value",
    details: `Flags a \`LABEL\` whose key is in the \`labelSchema\` option (any kind) and whose value is empty (\`LABEL version=""\`, \`LABEL version=\`), also after ARG and ENV values are substituted.`,
    why: `A label the schema requires is there to be read by tools and people (who built the image, from which commit, under which license). An empty value satisfies a presence check while telling nothing: it is usually a build argument that was never passed.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.version=""`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.version="1.4.2"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`). Not reported: labels outside the schema, and a value taken from a variable that has no value in the Dockerfile (\`LABEL version=$VERSION\` with \`ARG VERSION\`): it is given at build time. Values of other kinds are checked by \`label-not-url\`, \`label-not-rfc3339\`, \`label-not-spdx\`, \`label-not-git-hash\`, \`label-not-semver\` and \`label-not-email\`.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.version": "semver" } }
  },
  check({ file, options, report }) {
    const schema = labelSchema(options);
    for (const label of labelsOf(file)) {
      if (label.key === null || !Object.hasOwn(schema, label.key) || label.value === null || label.value.trim() !== "") continue;
      report({ message: `label "${label.key}" is empty`, range: label.pair.range });
    }
  }
});

// rules/label-not-email.ts
var LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
var DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
function isEmail(value) {
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  if (/^\[[0-9A-Fa-f:.]+\]$/.test(domain)) return true;
  return domain.split(".").every((part) => DOMAIN_LABEL.test(part));
}
var label_not_email_default = defineRule({
  id: "label-not-email",
  aliases: ["DL3058"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares an email address whose value is not an email address",
    details: `Flags a \`LABEL\` whose key has the kind \`email\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a plain email address (\`team@example.com\`).`,
    why: `A contact label is read by programs that send mail or open tickets. \`Jane Doe <jane@example.com>\`, \`jane at example.com\` or a team name has to be fixed by hand before anyone can be reached.`,
    bad: `FROM alpine:3.20
LABEL com.example.contact="Jane Doe <jane@example.com>"`,
    good: `FROM alpine:3.20
LABEL com.example.contact="jane@example.com"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`email\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. Only the address itself is accepted, as hadolint does: a display name with the address in angle brackets is reported. Quoted local parts (\`"a b"@example.com\`) are reported too.`,
    exampleOptions: { labelSchema: { "com.example.contact": "email" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "email", isEmail)) {
      report({ message: `label "${label.key}" is not an email address: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// rules/label-not-git-hash.ts
function isGitHash(value) {
  return /^[0-9a-f]+$/i.test(value) && (value.length >= 7 && value.length <= 40 || value.length === 64);
}
var label_not_git_hash_default = defineRule({
  id: "label-not-git-hash",
  aliases: ["DL3055"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares a git hash whose value is not a git commit hash",
    details: `Flags a \`LABEL\` whose key has the kind \`hash\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a git commit id: 7 to 40 hexadecimal digits (an abbreviated or full SHA-1 id) or 64 (SHA-256).`,
    why: `\`org.opencontainers.image.revision\` ties the image to the commit it was built from. A branch name such as \`main\` or a tag moves, so the label stops saying what is in the image.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.revision="main"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.revision="9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f1e"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`hash\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. hadolint accepts only 7 or 40 digits; git abbreviates to more than 7 digits in large repositories, and SHA-256 repositories use 64, so those are accepted too.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.revision": "hash" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "hash", isGitHash)) {
      report({ message: `label "${label.key}" is not a git commit hash: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// rules/label-not-in-schema.ts
var label_not_in_schema_default = defineRule({
  id: "label-not-in-schema",
  aliases: ["DL3050"],
  severity: "info",
  category: "maintainability",
  enabledByDefault: false,
  options: {
    labelSchema: LABEL_SCHEMA_OPTION,
    strictLabels: { type: "boolean", default: false, description: "Report labels that are not in `labelSchema` (hadolint's `strict-labels`)." }
  },
  docs: {
    summary: "A label that is not in the label schema, with strict labels",
    details: `With the \`strictLabels\` option on, flags every \`LABEL\` key (ARG and ENV values substituted) that is
not named in the \`labelSchema\` option.`,
    why: `A team that fixes its label schema wants one name per fact: \`maintainer\` next to
\`org.opencontainers.image.authors\`, or a typo such as \`org.opencontainers.image.licence\`, splits what
tools read into two places.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app" maintainer="team@example.com"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    notes: `Off until configured: it needs \`strictLabels: true\` and \`labelSchema\` (hadolint's
\`strict-labels\` and \`label-schema\`). Not reported: keys built from a variable that has no value in the
Dockerfile, and ONBUILD LABEL (it labels a later image).`,
    exampleOptions: { strictLabels: true, labelSchema: { "org.opencontainers.image.source": "url" } }
  },
  check({ file, options, report }) {
    if (options["strictLabels"] !== true) return;
    const schema = labelSchema(options);
    for (const label of labelsOf(file)) {
      if (label.key === null || Object.hasOwn(schema, label.key)) continue;
      report({ message: `label "${label.key}" is not in the label schema`, range: label.pair.keyRange });
    }
  }
});

// rules/label-not-rfc3339.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
function isRfc3339(value) {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = match[9] === void 0 || Number(match[9]) <= 23 && Number(match[10]) <= 59;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}
var label_not_rfc3339_default = defineRule({
  id: "label-not-rfc3339",
  aliases: ["DL3053"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares a time whose value is not an RFC 3339 date and time",
    details: `Flags a \`LABEL\` whose key has the kind \`rfc3339\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an RFC 3339 date and time (\`2024-05-01T12:30:00Z\`, \`2024-05-01T12:30:00.5+02:00\`): a full date, a time with seconds and a time zone (\`Z\` or an offset).`,
    why: `\`org.opencontainers.image.created\` is read by programs that sort and compare images by build time. \`May 1st\`, \`2024-05-01\` or a Unix timestamp cannot be compared with the other images' values, and a time without a zone is off by hours.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01 12:30"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`rfc3339\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. RFC 3339 allows a space instead of \`T\` between date and time, and so does this rule; dates that do not exist (\`2024-02-30\`) are reported.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.created": "rfc3339" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "rfc3339", isRfc3339)) {
      report({ message: `label "${label.key}" is not an RFC 3339 date and time: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// rules/label-not-semver.ts
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemver(value) {
  return SEMVER.test(value);
}
var label_not_semver_default = defineRule({
  id: "label-not-semver",
  aliases: ["DL3056"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares a version whose value is not a semantic version",
    details: `Flags a \`LABEL\` whose key has the kind \`semver\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a semantic version (\`1.4.2\`, \`2.0.0-rc.1\`, \`1.0.0+build.5\`) as defined by Semantic Versioning 2.0.0.`,
    why: `Tools that pick the newest image or check compatibility compare versions. \`v1.4\`, \`1.4\` or \`latest\` sort wrongly or not at all.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.version="v1.4"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.version="1.4.0"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`semver\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. A leading \`v\` is reported: it is not part of a semantic version.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.version": "semver" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "semver", isSemver)) {
      report({ message: `label "${label.key}" is not a semantic version: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// src/lint/spdx-ids.ts
var LICENSES = [
  "0BSD 3D-Slicer-1.0 AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0-only AGPL-1.0-or-later",
  "AGPL-3.0-only AGPL-3.0-or-later ALGLIB-Documentation AMD-newlib AMDPLPA AML AML-glslang AMPAS ANTLR-PD",
  "ANTLR-PD-fallback APAFML APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1 Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia",
  "Advanced-Cryptics-Dictionary Afmparse Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999",
  "Artistic-1.0 Artistic-1.0-Perl Artistic-1.0-cl8 Artistic-2.0 Artistic-dist Aspell-RU BOLA-1.1 BSD-1-Clause",
  "BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-Patent BSD-2-Clause-Views BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer BSD-2-Clause-pos-unchanged BSD-3-Clause BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear BSD-3-Clause-HP BSD-3-Clause-LBNL BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-OpenWebUI BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso BSD-3-Clause-acpica BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC",
  "BSD-4.3RENO BSD-4.3TAHOE BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications BSD-Protection BSD-Source-Code BSD-Source-Code-no-disclaimer BSD-Source-alt-GPL",
  "BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works BSD-ask-to-endorse BSL-1.0 BUSL-1.1 Baekmuk",
  "Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter Bitstream-Vera BlueOak-1.0.0 Boehm-GC",
  "Boehm-GC-without-fee Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion Buddy Bugroff C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CAPEC-tou",
  "CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE",
  "CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE CC-BY-NC-3.0-IGO CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0 CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0",
  "CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC CC-PDM-1.0 CC-SA-1.0 CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0",
  "CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B",
  "CECILL-C CERN-OHL-1.1 CERN-OHL-1.2 CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach",
  "CMU-Mach-nodoc CNRI-Jython CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02",
  "CUA-OPL-1.0 Caldera Caldera-no-preamble Catharon ClArtistic Clips Community-Spec-1.0 Condor-1.1",
  "Cornell-Lossless-JPEG Cronyx Crossword CryptoSwift CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0 DOC DRL-1.0 DRL-1.1 DSDP DocBook-DTD DocBook-Schema DocBook-Stylesheet DocBook-XML Dotseqn",
  "ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 ESA-PL-permissive-2.4 ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM",
  "FDK-AAC FDK-MPEG-H FSFAP FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRSD FSFULLRWD FSL-1.1-ALv2",
  "FSL-1.1-MIT FTL Fair Ferguson-Twofish Frameworx-1.0 FreeBSD-DOC FreeImage Furuseth GCR-docs GD",
  "GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only GFDL-1.2-no-invariants-or-later GFDL-1.2-only",
  "GFDL-1.2-or-later GFDL-1.3-invariants-only GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0-only GPL-1.0-or-later",
  "GPL-2.0-only GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later Game-Programming-Gems Giftware Glide Glulxe",
  "Graphics-Gems Gutmann HDF5 HIDAPI HP-1986 HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG",
  "HPND-Intel HPND-Kevlin-Henney HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Netrek HPND-Pbmplus HPND-SMC HPND-UC",
  "HPND-UC-export-US HPND-doc HPND-doc-sell HPND-export-US HPND-export-US-acknowledgement HPND-export-US-modify",
  "HPND-export2-US HPND-merchantability-variant HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr",
  "HPND-sell-variant HPND-sell-variant-MIT-disclaimer HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems HTMLTIDY HaskellReport Hippocratic-2.1 Hippocratic-3.0-core IBM-pibs ICU",
  "IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ISO-permission ImageMagick Imlib2 Info-ZIP",
  "Informatica Inner-Net-2.0 InnoSetup Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup",
  "Kazlib Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later",
  "LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1 LPPL-1.2 LPPL-1.3a",
  "LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e Latex2e-translated-notice Leptonica LiLiQ-P-1.1",
  "LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB Linux-man-pages-1-para Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIPS MIT MIT-0 MIT-CMU",
  "MIT-Click MIT-Festival MIT-Khronos-old MIT-Modern-Variant MIT-STK MIT-Wu MIT-advertising MIT-enna MIT-feh",
  "MIT-open-group MIT-testregex MITNFA MMIXware MMPL-1.0.1 MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0",
  "MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL MVT-1.1 Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow Minpack MirOS Motosoto",
  "MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0 NCBI-PD NCGL-UK-2.0 NCL NCSA NGPL NICTA-1.0",
  "NIST-PD NIST-PD-TNT NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL",
  "NTIA-PD NTP NTP-0 Naumen NetCDF Newsletr Nokia Noweb O-UDA-1.0 OAR OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS",
  "OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1 OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0",
  "OGL-UK-1.0 OGL-UK-2.0 OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1",
  "OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8 OLFL-1.3 OML",
  "OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSC-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0 OSSP OpenMDW-1.0",
  "OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PPL PSF-2.0",
  "ParaType-Free-Font-1.3 Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004 Qhull RHeCos-1.1",
  "RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby Ruby-pty SAX-PD SAX-PD-2.0 SCEA SGI-B-1.0 SGI-B-1.1 SGI-B-2.0",
  "SGI-OpenGL SGMLUG-PM SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMAIL-GPL SMLNJ SMPPL SNIA SOFA SPL-1.0",
  "SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SUL-1.0 SWL Saxpath SchemeReport Sendmail Sendmail-8.23",
  "Sendmail-Open-Source-1.1 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 SugarCRM-1.1.3 Sun-PPP",
  "Sun-PPP-2000 SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL TPL-1.0 TTWL",
  "TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TekHVC TermReadKey ThirdEye TrustedQSL UCAR UCL-1.0 UMich-Merit UPL-1.0",
  "URT-RLE Ubuntu-font-1.0 UnRAR Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense",
  "Unlicense-libtelnet Unlicense-libwhirlpool VOSTROM VSL-1.0 Vim Vixie-Cron W3C W3C-19980720 W3C-20150513",
  "WTFNMFPL WTFPL Watcom-1.0 Widget-Workshop WordNet Wsuipa X11 X11-distribute-modifications-variant",
  "X11-no-permit-persons X11-swapped XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0 YPL-1.1 ZPL-1.1",
  "ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib any-OSI any-OSI-perl-modules atc-game",
  "bcrypt-Solar-Designer blessing bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0 copyleft-next-0.3.1 curl",
  "cve-tou diffmark dtoa dvipdfm eGenix etalab-2.0 fwlw gSOAP-1.3b generic-xts gnuplot gtkbook hdparm",
  "hyphen-bulgarian iMatix jove libpng-1.6.35 libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz",
  "mailprio man2html metamail mpi-permissive mpich2 mplus ngrep pkgconf pnmstitch psfrag psutils python-ldap",
  "radvd snprintf softSurfer ssh-keyscan swrule threeparttable ulem w3m wwl xinetd xkeyboard-config-Zinoviev",
  "xlock xpp xzoom zlib-acknowledgement AGPL-1.0 AGPL-3.0 BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD GFDL-1.1",
  "GFDL-1.2 GFDL-1.3 GPL-1.0 GPL-2.0 GPL-2.0-with-GCC-exception GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception GPL-2.0-with-font-exception GPL-3.0",
  "GPL-3.0-with-GCC-exception GPL-3.0-with-autoconf-exception LGPL-2.0 LGPL-2.1 LGPL-3.0 Net-SNMP Nunit",
  "StandardML-NJ bzip2-1.0.5 eCos-2.0 wxWindows"
].join(" ");
var EXCEPTIONS = [
  "389-exception Asterisk-exception Autoconf-exception-2.0 Autoconf-exception-3.0 Autoconf-exception-generic",
  "Autoconf-exception-generic-3.0 Autoconf-exception-macro Bison-exception-1.24 Bison-exception-2.2",
  "Bootloader-exception Classpath-exception-2.0 CLISP-exception-2.0 cryptsetup-OpenSSL-exception",
  "DigiRule-FOSS-exception eCos-exception-2.0 Fawkes-Runtime-exception FLTK-exception fmt-exception",
  "Font-exception-2.0 freertos-exception-2.0 GCC-exception-2.0 GCC-exception-2.0-note GCC-exception-3.1",
  "Gmsh-exception GNAT-exception GNOME-examples-exception GNU-compiler-exception gnu-javamail-exception",
  "GPL-3.0-interface-exception GPL-3.0-linking-exception GPL-3.0-linking-source-exception GPL-CC-1.0",
  "GStreamer-exception-2005 GStreamer-exception-2008 i2p-gpl-java-exception KiCad-libraries-exception",
  "LGPL-3.0-linking-exception libpri-OpenH323-exception Libtool-exception Linux-syscall-note LLGPL LLVM-exception",
  "LZMA-exception mif-exception OCaml-LGPL-linking-exception OCCT-exception-1.0 OpenJDK-assembly-exception-1.0",
  "openvpn-openssl-exception PS-or-PDF-font-exception-20170817 QPL-1.0-INRIA-2004-exception Qt-GPL-exception-1.0",
  "Qt-LGPL-exception-1.1 Qwt-exception-1.0 SANE-exception SHL-2.0 SHL-2.1 stunnel-exception SWI-exception",
  "Swift-exception Texinfo-exception u-boot-exception-2.0 UBDL-exception Universal-FOSS-exception-1.0",
  "vsftpd-openssl-exception WxWindows-exception-3.1 x11vnc-openssl-exception"
].join(" ");
var SPDX_LICENSE_IDS = new Set(LICENSES.toLowerCase().split(" "));
var SPDX_EXCEPTION_IDS = new Set(EXCEPTIONS.toLowerCase().split(" "));

// rules/label-not-spdx.ts
function isLicense(token) {
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) return true;
  return SPDX_LICENSE_IDS.has(token.replace(/\+$/, "").toLowerCase());
}
function isException(token) {
  return SPDX_EXCEPTION_IDS.has(token.toLowerCase()) || /^(?:DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$/.test(token);
}
function isSpdxExpression(value) {
  const tokens = value.replace(/[()]/g, " $& ").trim().split(/\s+/);
  let depth = 0;
  let expectId = true;
  let afterWith = false;
  for (const token of tokens) {
    if (token === "(" && expectId && !afterWith) {
      depth++;
    } else if (token === ")" && !expectId && depth > 0) {
      depth--;
    } else if ((token === "AND" || token === "OR" || token === "WITH") && !expectId) {
      expectId = true;
      afterWith = token === "WITH";
    } else if (expectId && (afterWith ? isException(token) : isLicense(token))) {
      expectId = false;
      afterWith = false;
    } else {
      return false;
    }
  }
  return !expectId && depth === 0;
}
var label_not_spdx_default = defineRule({
  id: "label-not-spdx",
  aliases: ["DL3054"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares a license whose value is not an SPDX license expression",
    details: `Flags a \`LABEL\` whose key has the kind \`spdx\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an SPDX license expression: license ids (\`MIT\`, \`Apache-2.0\`, \`GPL-3.0-or-later\`, \`LicenseRef-acme\`) joined with \`AND\`, \`OR\`, \`WITH\` and parentheses.`,
    why: `\`org.opencontainers.image.licenses\` is read by license scanners and compliance tools, which understand SPDX ids. \`Apache License 2.0\`, \`GPL v2\` or \`see LICENSE\` have to be resolved by a person, every time.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.licenses="Apache License 2.0"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.licenses="Apache-2.0 OR MIT"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`spdx\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. Ids are those of the SPDX License List (deprecated ids included), compared without regard to case; \`LicenseRef-...\` ids are accepted. hadolint accepts a single id only; this rule also accepts expressions (\`Apache-2.0 OR MIT\`), which the OCI annotation \`org.opencontainers.image.licenses\` allows.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.licenses": "spdx" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "spdx", isSpdxExpression)) {
      report({ message: `label "${label.key}" is not an SPDX license expression: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// rules/label-not-url.ts
function isUrl(value) {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
var label_not_url_default = defineRule({
  id: "label-not-url",
  aliases: ["DL3052"],
  severity: "warning",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label the label schema declares a URL whose value is not a valid URL",
    details: `Flags a \`LABEL\` whose key has the kind \`url\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an absolute URL (a scheme such as \`https:\`, then the rest, without spaces).`,
    why: `Labels such as \`org.opencontainers.image.source\` or \`org.opencontainers.image.url\` are followed by tools (registries link to the source, scanners to the documentation). A value like \`github.com/acme/app\` or \`see README\` is a dead link.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="github.com/acme/app"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`url\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.source": "url" } }
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, "url", isUrl)) {
      report({ message: `label "${label.key}" is not a valid URL: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  }
});

// rules/legacy-key-value-format.ts
function modern(pair, escapeChar) {
  const raw = pair.rawValue ?? "";
  if (pair.range.start.line !== pair.range.end.line) return null;
  if (raw.includes('"') || raw.includes("'") || raw.includes(escapeChar)) return null;
  return /\s/.test(raw) || raw === "" ? `${pair.key}="${raw}"` : `${pair.key}=${raw}`;
}
var legacy_key_value_format_default = defineRule({
  id: "legacy-key-value-format",
  aliases: ["LegacyKeyValueFormat"],
  severity: "warning",
  category: "maintainability",
  fixable: true,
  docs: {
    summary: "`ENV key value` or `LABEL key value`: use `key=value`",
    details: `Flags \`ENV\` and \`LABEL\` written in the legacy form, a key then everything else on the line as its
value (\`ENV PATH /app/bin:$PATH\`), ONBUILD triggers included. The fix writes \`key=value\`, quoting the value
when it has spaces; a value with quotes or escapes is left for a person to rewrite.`,
    why: `The legacy form takes the rest of the line as one value, so \`ENV A 1 B 2\` sets \`A\` to \`1 B 2\` rather
than two variables. Docker deprecated it; \`key=value\` is unambiguous and lets one instruction set several
values.`,
    bad: `FROM alpine:3.20
ENV APP_HOME /app
LABEL maintainer team@example.com`,
    good: `FROM alpine:3.20
ENV APP_HOME=/app
LABEL maintainer=team@example.com`,
    notes: "Same as BuildKit's `LegacyKeyValueFormat` check."
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "ENV" && inst.keyword !== "LABEL") continue;
      for (const pair of inst.pairs) {
        if (!pair.legacyForm) continue;
        const text = modern(pair, file.escapeChar);
        report({
          message: `"${inst.keyword} key=value" should be used instead of legacy "${inst.keyword} key value" format`,
          range: pair.range,
          ...text === null ? {} : { fix: [{ range: pair.range, text }] }
        });
      }
    }
  }
});

// rules/ln-bin-sh.ts
var ln_bin_sh_default = defineRule({
  id: "ln-bin-sh",
  aliases: ["DL4005"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`ln` replaces `/bin/sh`: use the SHELL instruction to change the shell",
    details: `Flags an \`ln\` command whose link target is \`/bin/sh\` (\`ln -sf /bin/bash /bin/sh\`), at the command.`,
    why: `Relinking \`/bin/sh\` changes the shell of every program and script in the image, including package
maintainer scripts and the base image's own tooling, which were written for the distribution's \`sh\`. To run
the Dockerfile's RUN instructions with bash, say so with \`SHELL ["/bin/bash", "-c"]\`: it affects the build
steps only, and a reader sees it.`,
    bad: `FROM debian:bookworm-slim
RUN ln -sf /bin/bash /bin/sh
RUN source /etc/profile`,
    good: `FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN source /etc/profile`,
    notes: `Links made elsewhere (\`ln -s /bin/bash /usr/local/bin/sh\`) are not reported. Shells that are not
POSIX are not checked.`
  },
  check({ file, report }) {
    const check = (inst) => {
      for (const command2 of runCommands(inst)) {
        if (command2.name !== "ln" || command2.positionals.length < 2) continue;
        const last = command2.positionals[command2.positionals.length - 1];
        const target = last.value ?? resolveWord(inst, last.text);
        if (target !== "/bin/sh" && target !== "/usr/bin/sh") continue;
        report({ message: "Do not relink `/bin/sh`: set the shell for RUN with SHELL", range: command2.range });
      }
    };
    if (!file.posixShell) return;
    for (const run2 of allRuns(file)) check(run2);
  }
});

// rules/maintainer-deprecated.ts
function maintainerValue(file, inst) {
  const first = inst.args[0];
  const last = inst.args[inst.args.length - 1];
  if (first.range.start.line === last.range.end.line) {
    return file.lines[first.range.start.line].slice(first.range.start.character, last.range.end.character);
  }
  return inst.args.map((word) => word.value).join(" ");
}
function quoted(value, escapeChar) {
  let out = "";
  for (const c of value) out += c === '"' || c === "$" || c === escapeChar ? escapeChar + c : c;
  return `"${out}"`;
}
var maintainer_deprecated_default = defineRule({
  id: "maintainer-deprecated",
  aliases: ["DL4000", "MaintainerDeprecated"],
  severity: "error",
  category: "maintainability",
  fixable: true,
  docs: {
    summary: "MAINTAINER is deprecated: use a LABEL",
    details: `Flags every \`MAINTAINER\` instruction. The fix replaces it with
\`LABEL org.opencontainers.image.authors="<the same value>"\`, the OCI annotation for the people responsible
for the image, with quotes, \`$\` and the escape character escaped so that the label holds exactly what
MAINTAINER held.`,
    why: `MAINTAINER has been deprecated since Docker 1.13: it fills a field of the image configuration that
nothing reads, and it cannot say anything else (a URL, a team, a source repository). Labels are shown by
\`docker inspect\`, read by registries and scanners, and sit next to the other OCI annotations. Older
Dockerfiles, such as the one shown in "Docker for Developers" (2015), still start with MAINTAINER; it is the
first line to modernise.`,
    bad: `FROM python:3.12-slim
MAINTAINER Jane Doe <jane@example.com>`,
    good: `FROM python:3.12-slim
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"`,
    notes: `Severity is \`error\`, as in hadolint (DL4000); BuildKit's build check (MaintainerDeprecated)
only warns. whale keeps hadolint's level because the instruction is deprecated outright, not merely
discouraged, the fix is mechanical and safe, and configurations written for hadolint expect the failure.
\`ONBUILD MAINTAINER\` is left to the rule on invalid ONBUILD triggers (Docker refuses it).`
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.keyword !== "MAINTAINER" || inst.args.length === 0) continue;
      const keyword = inst.keywordText === inst.keywordText.toLowerCase() ? "label" : "LABEL";
      const label = `${keyword} org.opencontainers.image.authors=${quoted(maintainerValue(file, inst), file.escapeChar)}`;
      report({
        message: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead",
        range: inst.range,
        fix: [{ range: inst.range, text: label }]
      });
    }
  }
});

// rules/multiple-cmd.ts
var multiple_cmd_default = defineRule({
  id: "multiple-cmd",
  aliases: ["DL4003", "MultipleInstructionsDisallowed"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "More than one CMD in a stage: only the last one takes effect",
    details: `Flags every \`CMD\` of a stage that a later \`CMD\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last CMD of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: 'FROM python:3.12-slim\nCMD ["python", "worker.py"]\nCMD ["python", "app.py"]',
    good: 'FROM python:3.12-slim\nCMD ["python", "app.py"]',
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. A CMD that overrides one of a parent stage (\`FROM build\`) or of the base
image is fine, and ONBUILD triggers are not counted. BuildKit's MultipleInstructionsDisallowed check covers CMD, ENTRYPOINT and HEALTHCHECK at once; an alias
can name only one whale rule, so it is this rule's (CMD, the case met most often, with the same default
severity): \`multiple-entrypoint\` (DL4004) and \`multiple-healthcheck\` (DL3012) report the other two.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, "CMD")) {
        report({
          message: `CMD is overridden by the CMD on line ${winner.range.start.line + 1}: only the last CMD of a stage takes effect`,
          range: overridden.keywordRange
        });
      }
    }
  }
});

// rules/multiple-entrypoint.ts
var multiple_entrypoint_default = defineRule({
  id: "multiple-entrypoint",
  aliases: ["DL4004"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "More than one ENTRYPOINT in a stage: only the last one takes effect",
    details: `Flags every \`ENTRYPOINT\` of a stage that a later \`ENTRYPOINT\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last ENTRYPOINT of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: 'FROM alpine:3.20\nENTRYPOINT ["/docker-entrypoint.sh"]\nENTRYPOINT ["/app"]',
    good: 'FROM alpine:3.20\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["/app"]',
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. A ENTRYPOINT that overrides one of a parent stage (\`FROM build\`) or of the base
image is fine, and ONBUILD triggers are not counted. BuildKit reports the same under MultipleInstructionsDisallowed, an alias of \`multiple-cmd\`.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, "ENTRYPOINT")) {
        report({
          message: `ENTRYPOINT is overridden by the ENTRYPOINT on line ${winner.range.start.line + 1}: only the last ENTRYPOINT of a stage takes effect`,
          range: overridden.keywordRange
        });
      }
    }
  }
});

// rules/multiple-healthcheck.ts
var multiple_healthcheck_default = defineRule({
  id: "multiple-healthcheck",
  aliases: ["DL3012"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "More than one HEALTHCHECK in a stage: only the last one takes effect",
    details: `Flags every \`HEALTHCHECK\` of a stage that a later \`HEALTHCHECK\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last HEALTHCHECK of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1",
    good: "FROM nginx:1.27\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1",
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. A HEALTHCHECK that overrides one of a parent stage (\`FROM build\`) or of the base
image is fine, and ONBUILD triggers are not counted. \`HEALTHCHECK NONE\` counts as a HEALTHCHECK. BuildKit reports the same under MultipleInstructionsDisallowed, an alias of \`multiple-cmd\`.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, "HEALTHCHECK")) {
        report({
          message: `HEALTHCHECK is overridden by the HEALTHCHECK on line ${winner.range.start.line + 1}: only the last HEALTHCHECK of a stage takes effect`,
          range: overridden.keywordRange
        });
      }
    }
  }
});

// rules/multiple-processes.ts
var SUPERVISORS = /* @__PURE__ */ new Set(["supervisord", "runsvdir", "s6-svscan"]);
var NOT_A_PROCESS = /* @__PURE__ */ new Set(["wait", "echo", "printf", "true", ":", "set", "export", ""]);
var ADVICE = "consider one process per container, so that Docker can watch, restart and log each one";
var DAEMONS = {
  "php-fpm": ["-F", "--nodaemonize"],
  nginx: [],
  httpd: [],
  nmbd: ["-F", "--foreground", "-i", "--interactive"],
  smbd: ["-F", "--foreground", "-i", "--interactive"],
  cron: ["-f"],
  crond: ["-f"],
  sshd: ["-D"],
  rsyslogd: ["-n"],
  syslogd: ["-n"]
};
var ONE_SHOT = ["-t", "-T", "-v", "-V", "-h", "-s", "--help", "--version", "--test"];
function hasOption(command2, names) {
  return command2.flags.some((flag) => names.includes(flag.name) || !flag.name.startsWith("--") && names.some((n) => n.length === 2 && n[0] === "-" && flag.name.slice(1).includes(n[1])));
}
function startsBackgroundService(command2) {
  const service = startedService(command2);
  if (service) return serviceStartText(command2, service);
  const foreground2 = DAEMONS[/^php-fpm[0-9.]*$/.test(command2.name) ? "php-fpm" : command2.name];
  if (!foreground2 || hasOption(command2, [...foreground2, ...ONE_SHOT])) return null;
  if (command2.args.some((w) => (w.value ?? "").includes("daemon off") || (w.value ?? "").endsWith("FOREGROUND"))) return null;
  return command2.name;
}
function backgroundThenProcess(commands) {
  const top = commands.filter((c) => c.shell && c.shell.nesting === null);
  for (let i = 0; i < top.length; i++) {
    const shell = top[i].shell;
    const next = top[i + 1];
    if (!next || next.instruction !== top[i].instruction || NOT_A_PROCESS.has(next.shell.name)) continue;
    const service = next.shell.connector !== "||" && next.shell.connector !== "|" ? startsBackgroundService(shell) : null;
    if (service) return { command: top[i], what: `\`${service}\` leaves a service running in the background before another process` };
    if (next.shell.connector === "&") {
      const shown = [top[i].name, ...top[i].args.slice(0, 1).map((w) => w.value)].join(" ");
      return { command: top[i], what: `\`${shown} &\` runs in the background next to another process` };
    }
  }
  return null;
}
var multiple_processes_default = defineRule({
  id: "multiple-processes",
  aliases: [],
  severity: "info",
  category: "maintainability",
  docs: {
    summary: "The image's main process runs several services",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when its main process is a process supervisor
(\`supervisord\`, \`runsvdir\`, \`s6-svscan\`), or when a shell-form command starts a service in the background
and then another process: \`service nginx start && php-fpm\`, \`/etc/init.d/cron start; nginx\`,
\`php-fpm && nginx -g 'daemon off;'\` (php-fpm, nginx, httpd, cron, sshd, smbd, nmbd and syslog daemons put
themselves in the background unless told otherwise, e.g. \`php-fpm -F\`, \`cron -f\`), \`worker & web\`. The
finding points at the supervisor or at the first service left in the background.`,
    why: `Docker watches one process per container: its exit status, its output (\`docker logs\`), its
signals, its restarts. Services started in the background or under a supervisor die or misbehave unseen,
and they cannot be scaled, updated or limited separately. "Pythons in a Container" (PyCon 2016): "use
supervisord or runit to control multiple processes; consider refactoring containers to not need that."`,
    bad: `FROM php:8.3-fpm
RUN apt-get update && apt-get install -y --no-install-recommends nginx supervisor \\
    && rm -rf /var/lib/apt/lists/*
COPY supervisord.conf /etc/supervisor/conf.d/app.conf
CMD ["supervisord", "-n"]`,
    good: `# One image (or one service of a Compose file) per process:
# web:  FROM nginx:1.27 ... (proxies to app:9000)
FROM php:8.3-fpm
COPY . /var/www/html
CMD ["php-fpm"]`,
    notes: `- s6-overlay's \`/init\` entrypoint is a legitimate init and is not flagged; nor is an init such as
  \`tini\` or \`dumb-init\` in front of a single process.
- Background commands inside \`if\`/loops, and \`cmd & wait\`, are not flagged.
- Only the final stage's startup is read, as written in this Dockerfile. Windows shell-form commands are
  not read; exec form (\`["supervisord", "-n"]\`) is.`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage) return;
    const commands = startupCommands(file, stage);
    const supervisor = commands.find((c) => SUPERVISORS.has(c.name) && !c.shell?.conditional);
    if (supervisor) {
      report({ message: `\`${supervisor.name}\` runs several processes in one container; ${ADVICE}`, range: supervisor.range });
      return;
    }
    const background = backgroundThenProcess(commands);
    if (background) report({ message: `${background.what}; ${ADVICE}`, range: background.command.range });
  }
});

// rules/no-healthcheck.ts
var no_healthcheck_default = defineRule({
  id: "no-healthcheck",
  aliases: ["DL3057"],
  severity: "info",
  category: "maintainability",
  enabledByDefault: false,
  docs: {
    summary: "The image has no HEALTHCHECK",
    details: `Reports the \`FROM\` of the final stage when neither it nor an earlier stage it is built on
(\`FROM builder\`) has a \`HEALTHCHECK\` instruction. \`HEALTHCHECK NONE\` counts: it is a decision.`,
    why: `Without a health check Docker (and Swarm, and Compose's \`depends_on: condition: service_healthy\`)
knows only that the process runs, not that it answers: a server stuck in a deadlock or unable to reach
its database stays "up".`,
    bad: `FROM nginx:1.27
COPY site /usr/share/nginx/html`,
    good: `FROM nginx:1.27
COPY site /usr/share/nginx/html
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1`,
    notes: `Off by default, as in hadolint: many images are run by orchestrators that probe health
themselves (Kubernetes ignores HEALTHCHECK), and a base image may already define one, which the
Dockerfile does not show. Only the final stage is checked: builder stages are never run as containers
(hadolint checks every stage).`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, "HEALTHCHECK")) return;
    report({ message: "the image has no HEALTHCHECK", range: stage.from.keywordRange });
  }
});

// rules/npm-package-not-pinned.ts
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "add", "in", "isntall", "inst", "insta", "instal"]);
var ARCHIVES = [".tgz", ".tar.gz", ".tar"];
function wordValue2(word, run2) {
  if (word.value !== null) return word.value;
  if (word.text.includes("$(") || word.text.includes("`")) return null;
  return resolveWord(run2, word.text);
}
function problem2(spec) {
  if (spec === "") return null;
  if (/^[.~/]/.test(spec) || spec.startsWith("file:") || ARCHIVES.some((ext) => spec.endsWith(ext))) return null;
  if (/^(git(\+[a-z]+)?:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@/][^/]*\/[^/]+$/.test(spec)) {
    return spec.includes("#") ? null : "a git reference without `#<ref>`";
  }
  if (/^https?:/.test(spec)) return null;
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at > 0 && at < spec.length - 1) return null;
  return "no version";
}
var npm_package_not_pinned_default = defineRule({
  id: "npm-package-not-pinned",
  aliases: ["DL3016"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`npm install <package>` without `@version`",
    details: `Flags each package named on an \`npm install\` (\`npm i\`, \`npm add\`) command line that has no
\`@version\` (\`express@4.19.2\`, \`@types/node@20\`), and git references (\`git+https://...\`, \`github:user/repo\`,
\`user/repo\`) without a \`#ref\`. A bare \`npm install\` or \`npm ci\` (which read package.json and the lock file),
folders (\`.\`, \`./pkg\`) and tarballs are fine. ARG and ENV values are substituted before deciding; a package whose
name stays unknown is not flagged.`,
    why: `Pin versions. \`npm install express\` installs whatever is newest when the image is built, so builds of the
same Dockerfile differ, and a new release can break the image without any change to the Dockerfile.`,
    bad: `FROM node:22-slim
RUN npm install -g pm2`,
    good: `FROM node:22-slim
RUN npm install -g pm2@5.4.2`,
    notes: `Values of options such as \`--prefix\`, \`--registry\` or \`--omit\` are never taken for packages. Any
\`@tag\` counts as a version, as in hadolint. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        const pkg = packageCommand(command2);
        if (pkg?.manager !== "npm" || !INSTALL.has(command2.positionals[0]?.value ?? "")) continue;
        for (const word of pkg.packages) {
          const value = wordValue2(word, run2);
          if (value === null) continue;
          const specs = word.text.includes("$") && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          for (const spec of specs) {
            const why = problem2(spec);
            if (!why) continue;
            report({
              message: why === "no version" ? `\`npm install ${spec}\` installs whatever version is newest; pin it (\`${spec}@<version>\`)` : `\`npm install ${spec}\` installs a git reference without \`#<ref>\`; pin a tag or commit (\`${spec}#<ref>\`)`,
              range: word.range
            });
            break;
          }
        }
      }
    }
  }
});

// rules/onbuild-trigger-not-allowed.ts
var FORBIDDEN = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
var onbuild_trigger_not_allowed_default = defineRule({
  id: "onbuild-trigger-not-allowed",
  aliases: ["DL3043"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "`ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`",
    details: `Flags an ONBUILD whose trigger is \`ONBUILD\`, \`FROM\` or \`MAINTAINER\`, which Docker does not allow
as triggers.`,
    why: `Docker refuses the Dockerfile ("X isn't allowed as an ONBUILD trigger"). Chained triggers and base
images cannot be deferred to a downstream build.`,
    bad: `FROM node:22-slim
ONBUILD ONBUILD COPY . /app`,
    good: `FROM node:22-slim
ONBUILD COPY . /app`,
    notes: `A syntax error to Docker, reported under this rule rather than \`parse-error\` so that hadolint's code
DL3043 keeps working in configuration and ignore comments.`
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (!inst.trigger || !FORBIDDEN.has(inst.trigger.keyword)) continue;
      report({ message: `${inst.trigger.keyword} is not allowed as an ONBUILD trigger`, range: inst.trigger.keywordRange });
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  aliases: ["DL1000"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "The Dockerfile has a syntax error that makes Docker refuse it",
    details: `Reports what Docker's parser would reject: an unknown instruction, an instruction without its
required arguments, a flag the instruction does not take, an unterminated heredoc, a file with no
instructions, a binary file. whale reports the problem where it is and goes on linting the rest of the file.`,
    why: `\`docker build\` stops at the first syntax error, after the context has been sent. Finding it in the
editor or in a pre-commit hook is cheaper.`,
    bad: `FROM python:3.12-slim
RUNN pip install flask`,
    good: `FROM python:3.12-slim
RUN pip install flask`
  },
  check({ file, report }) {
    for (const problem3 of file.syntaxProblems) report({ message: problem3.message, range: problem3.range });
  }
});

// rules/pip-cache-not-disabled.ts
function inlineNoCache(command2) {
  const words2 = [...command2.assignments, ...command2.words.slice(0, command2.words.indexOf(command2.nameWord)).map((w) => w.display)];
  return words2.some((w) => w.startsWith("PIP_NO_CACHE_DIR="));
}
function cacheDir(command2, run2) {
  const flag = command2.flags.find((f) => f.name === "--cache-dir");
  if (flag?.value) return resolveWord(run2, flag.value);
  return run2.scope.get("PIP_CACHE_DIR")?.value ?? null;
}
function cacheMounted(command2, run2) {
  const dir = cacheDir(command2, run2)?.replace(/\/+$/, "");
  return cacheMountTargets(run2).some(
    (target) => target.endsWith("/.cache/pip") || target.endsWith("/.cache") || dir !== void 0 && (dir === target || dir.startsWith(target + "/"))
  );
}
var pip_cache_not_disabled_default = defineRule({
  id: "pip-cache-not-disabled",
  aliases: ["DL3042"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`pip install` without `--no-cache-dir`",
    details: `Flags \`pip install\` (also \`pip3\`, \`python -m pip\`) without \`--no-cache-dir\` (or \`--no-cache\`, an
abbreviation pip accepts). Quiet when
\`PIP_NO_CACHE_DIR\` is set by an ENV or ARG in scope or on the command itself (\`PIP_NO_CACHE_DIR=1 pip install\`;
pip disables its cache for any value of this variable), and when a cache or tmpfs mount covers the pip cache
(\`--mount=type=cache,target=/root/.cache/pip\`, a mount on \`~/.cache\`, or on the directory given by
\`--cache-dir\` or \`PIP_CACHE_DIR\`).`,
    why: `Clean caches in the same layer. pip keeps a copy of every wheel it downloads or builds in
\`~/.cache/pip\`; in an image that copy is dead weight, often tens of megabytes, since nothing installs from it
again. A BuildKit cache mount keeps the cache between builds without shipping it.`,
    bad: `FROM python:3.12-slim
RUN pip install flask==3.0.3`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
    notes: `\`pipx\`, \`pipenv\`, \`poetry\` and \`uv\` have their own caches and are not checked. Exec-form RUNs and
non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      if (run2.scope.get("PIP_NO_CACHE_DIR")?.value != null) continue;
      for (const command2 of commandsOf(run2)) {
        const pkg = packageCommand(command2);
        if (pkg?.manager !== "pip" || command2.positionals[0]?.value !== "install") continue;
        if (command2.flags.some((f) => f.name.length >= 10 && "--no-cache-dir".startsWith(f.name))) continue;
        if (inlineNoCache(command2) || cacheMounted(command2, run2)) continue;
        report({
          message: `\`${command2.name} install\` keeps downloaded packages in the pip cache in this layer; add \`--no-cache-dir\``,
          range: command2.range
        });
      }
    }
  }
});

// rules/pip-package-not-pinned.ts
var SPECIFIERS = ["==", ">=", "<=", "~=", "!=", "<", ">", "@"];
var ARCHIVES2 = [".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".tar"];
function wordValue3(word, run2) {
  if (word.value !== null) return word.value;
  if (word.text.includes("$(") || word.text.includes("`")) return null;
  return resolveWord(run2, word.text);
}
function unpinned2(requirement) {
  const spec = requirement.trim();
  if (spec === "" || spec === "." || spec === "..") return false;
  if (SPECIFIERS.some((s) => spec.includes(s))) return false;
  if (spec.includes("/") || spec.includes("\\") || spec.includes(":")) return false;
  if (ARCHIVES2.some((ext) => spec.toLowerCase().endsWith(ext))) return false;
  return /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,\s-]*\])?$/.test(spec);
}
var pip_package_not_pinned_default = defineRule({
  id: "pip-package-not-pinned",
  aliases: ["DL3013"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`pip install` of a package without a version specifier",
    details: `Flags each package named on a \`pip install\` command line (also \`pip3\`, \`python -m pip\`) that has no
version specifier (\`==\`, \`~=\`, \`>=\`, \`<=\`, \`!=\`, \`<\`, \`>\`, or a direct reference \`name @ url\`).
Requirements files (\`-r\`), constraints (\`-c\`), editable installs (\`-e\`), local paths (\`.\`, \`./pkg\`), wheels
and source archives, URLs and VCS references (\`git+https://...\`) are not flagged: they name what they install.
ARG and ENV values are substituted before deciding; a package whose name stays unknown is not flagged.`,
    why: `Pin versions. An unpinned package installs whatever is newest on the day of the build, so two builds
of the same Dockerfile can ship different code, and a new release can break the image without any change to
the Dockerfile. A pinned version makes the build repeatable and upgrades deliberate.`,
    bad: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask gunicorn`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0`,
    notes: `Values of options such as \`--index-url\`, \`--target\` or \`--cache-dir\` are never taken for packages.
An unquoted \`pip install flask>=3\` is a shell redirection that writes to a file named \`=3\` and installs \`flask\`
unpinned, so it is flagged; quote the requirement (\`"flask>=3"\`). Exec-form RUNs and non-POSIX shells are not
read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        const pkg = packageCommand(command2);
        if (pkg?.manager !== "pip" || command2.positionals[0]?.value !== "install") continue;
        const words2 = pkg.packages;
        for (let i = 0; i < words2.length; i++) {
          const word = words2[i];
          if (words2[i + 1]?.value === "@") {
            i += 2;
            continue;
          }
          const value = wordValue3(word, run2);
          if (value === null) continue;
          const requirements = word.text.includes("$") && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          const loose = requirements.filter(unpinned2);
          if (loose.length === 0) continue;
          report({
            message: `\`pip install ${loose.join(" ")}\` installs whatever version is newest; pin it (\`${loose[0]}==<version>\`) or use a requirements file`,
            range: word.range
          });
        }
      }
    }
  }
});

// rules/pipe-without-pipefail.ts
function setsPipefail(words2) {
  return words2.some((w, i) => /^-[a-zA-Z]*o$/.test(w) && words2[i + 1] === "pipefail");
}
function isSetPipefail(command2) {
  return command2.name === "set" && command2.nesting === null && setsPipefail(command2.args.map((w) => w.display));
}
function pipelineEnd(commands, start) {
  let end = start;
  while (start >= 0 && commands[end + 1]?.inPipeline && commands[end + 1].connector === "|") end++;
  return end;
}
var OUTPUT_ONLY = /* @__PURE__ */ new Set(["echo", "printf"]);
function fedByOutputOnly(commands, start, end) {
  if (end <= start || commands[start].connector === "|") return false;
  return commands.slice(start, end).every((c) => OUTPUT_ONLY.has(c.name) && c.nesting === commands[end].nesting);
}
var pipe_without_pipefail_default = defineRule({
  id: "pipe-without-pipefail",
  aliases: ["DL4006"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "A RUN with a pipe while the shell does not set `-o pipefail`",
    details: `Flags a RUN whose script has a pipeline (\`curl ... | tar x\`) when the shell in force does not fail
on a failing pipeline stage: no \`SHELL\` instruction with \`-o pipefail\` (\`SHELL ["/bin/bash", "-o", "pipefail",
"-c"]\`) applies, and the script does not run \`set -o pipefail\` before the pipe. The finding covers the first
pipeline.`,
    why: `Fail fast. A pipeline's exit status is the status of its last command, so
\`RUN wget -O - https://some.site | wc -l > /number\` succeeds even when the download fails, and the build goes on
with a broken layer. With \`-o pipefail\` the build stops at the failure.`,
    bad: `FROM debian:12-slim
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin`,
    good: `FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin`,
    notes: `SHELL applies from where it is written to the end of its stage and to stages built on it. Non-POSIX shells
(\`SHELL ["pwsh", "-Command"]\`, \`cmd\`) and Windows images are skipped, as in hadolint. hadolint does not
accept a \`set -o pipefail\` at the start of the script; this rule does, since it has the same effect. Exec-form RUNs
are not read. A pipeline whose stages before the last are all \`echo\` or \`printf\`
(\`echo "$sha256 *file" | sha256sum -c -\`) is not reported: their status is 0 even when a substitution in
them fails, so pipefail would catch nothing; the next pipeline of the RUN is checked instead. \`/bin/sh\` on Debian (dash before 0.5.12) has no \`pipefail\`: use bash there.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      if (!run2.script?.hasPipe) continue;
      if (setsPipefail(run2.shell.slice(1))) continue;
      const commands = commandsOf(run2);
      let start = commands.findIndex((c) => c.inPipeline);
      let end = pipelineEnd(commands, start);
      let skipped = false;
      while (start >= 0 && fedByOutputOnly(commands, start, end)) {
        skipped = true;
        start = commands.findIndex((c, i) => i > end && c.inPipeline);
        end = pipelineEnd(commands, start);
      }
      if (skipped && start < 0) continue;
      if (commands.slice(0, start < 0 ? 0 : start).some(isSetPipefail)) continue;
      report({
        message: 'this pipeline succeeds when a command before the last one fails; set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN, or start it with `set -o pipefail`',
        // A pipeline of compound commands (`(a) | (b)`) has no simple command of its own: report the script.
        range: start < 0 ? run2.script.range : { start: commands[start].range.start, end: commands[end].range.end }
      });
    }
  }
});

// rules/pointless-command-in-container.ts
var POINTLESS = {
  free: "shows the memory of the build container",
  kill: "signals processes of the build container",
  mount: "mounts inside the build container only; use `RUN --mount` or a volume",
  ps: "lists the processes of the build container",
  service: "starts a service that stops when the RUN ends",
  shutdown: "cannot shut anything down in a build",
  ssh: "needs an interactive session; use `RUN --mount=type=ssh` with git or scp if you must fetch over SSH",
  top: "is interactive and shows the build container",
  vim: "is an interactive editor; edit files with COPY or sed"
};
var pointless_command_in_container_default = defineRule({
  id: "pointless-command-in-container",
  aliases: ["DL3001"],
  severity: "info",
  category: "maintainability",
  docs: {
    summary: "RUN uses a command that makes no sense in an image build (ps, top, kill, vim, service, ssh...)",
    details: `Flags, in a \`RUN\` (ONBUILD triggers included), commands that inspect or drive a running machine:
\`free\`, \`kill\`, \`mount\`, \`ps\`, \`service\`, \`shutdown\`, \`ssh\`, \`top\` and \`vim\`. Each command is one
finding at the command. The program name is found behind wrappers (\`sudo\`, \`env\`) and paths (\`/bin/ps\`).`,
    why: `A RUN step runs in a temporary container whose processes all end with the step. Listing its processes,
killing them, starting a service, mounting a file system or opening an editor leaves nothing in the image: the
command either does nothing useful or hangs the build waiting for input. It is usually a leftover from an
interactive session that was turned into a Dockerfile.`,
    bad: `FROM ubuntu:24.04
RUN service nginx start && ps aux`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*
CMD ["nginx", "-g", "daemon off;"]`,
    notes: `Installing a package of the same name (\`apt-get install procps vim\`) is not reported: only running
the command is. \`RUN --mount\` is a flag of RUN, not the \`mount\` command. \`CMD\`/\`ENTRYPOINT\` are not
checked: they run in the real container. \`kill\` in a RUN that starts a process in the background (\`&\`), or of a
process id held in a variable or a job (\`kill $pid\`, \`kill %1\`), is fine: it stops a process the step started. Shells that are not POSIX (PowerShell, cmd) are not checked.`
  },
  check({ file, report }) {
    const check = (inst) => {
      const commands = runCommands(inst);
      const backgrounded = commands.some((command2) => command2.connector === "&");
      for (const command2 of commands) {
        const killsOwnProcess = backgrounded || command2.positionals.some((word) => word.value === null || word.display.startsWith("%"));
        if (command2.name === "kill" && killsOwnProcess) continue;
        const why = Object.hasOwn(POINTLESS, command2.name) ? POINTLESS[command2.name] : void 0;
        if (!why || !command2.nameWord) continue;
        report({ message: `\`${command2.name}\` in RUN ${why}`, range: command2.nameWord.range });
      }
    };
    if (!file.posixShell) return;
    for (const run2 of allRuns(file)) check(run2);
  }
});

// rules/redundant-target-platform.ts
var redundant_target_platform_default = defineRule({
  id: "redundant-target-platform",
  aliases: ["DL3065", "RedundantTargetPlatform"],
  severity: "warning",
  category: "style",
  docs: {
    summary: "`FROM --platform=$TARGETPLATFORM` is redundant",
    details: `Flags \`FROM --platform=$TARGETPLATFORM\` (or \`\${TARGETPLATFORM}\`) when \`TARGETPLATFORM\` is Docker's
built-in build argument.`,
    why: `Docker already builds every stage for the target platform: the flag changes nothing and suggests to a
reader that it does.`,
    bad: `FROM --platform=$TARGETPLATFORM alpine:3.20
RUN apk add --no-cache curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    notes: `Not reported when a global \`ARG TARGETPLATFORM=...\` gives it a default of its own, nor for other
values such as \`$BUILDPLATFORM\`.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const value = unquote(flag.value.trim(), file.escapeChar);
      if (value !== "$TARGETPLATFORM" && value !== "${TARGETPLATFORM}") continue;
      const variable = stage.from.scope.get("TARGETPLATFORM");
      if (variable && variable.value !== null) continue;
      report({
        message: "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
        range: flag.range
      });
    }
  }
});

// rules/removed-pip-option.ts
var MIRRORS = { removedIn: "7.0", instead: "PyPI mirrors are gone (PEP 449); use --index-url or --extra-index-url" };
var EXTERNAL = { removedIn: "10.0", instead: "files hosted outside the index are no longer supported (PEP 470); use --find-links or --extra-index-url" };
var WHEEL = { removedIn: "10.0", instead: "use --only-binary or --no-binary" };
var REMOVED_PIP_OPTIONS = {
  "--download-cache": { removedIn: "8.0", instead: "pip caches downloads by default; use --cache-dir to move the cache or --no-cache-dir to skip it" },
  "--use-mirrors": MIRRORS,
  "-M": MIRRORS,
  "--mirrors": MIRRORS,
  "--allow-external": EXTERNAL,
  "--allow-all-external": EXTERNAL,
  "--allow-unverified": EXTERNAL,
  "--no-allow-external": { removedIn: null, instead: "external hosting is no longer supported; drop the option" },
  "--no-allow-insecure": { removedIn: null, instead: "external hosting is no longer supported; drop the option" },
  "--process-dependency-links": { removedIn: "19.0", instead: "use PEP 508 direct references (`name @ git+https://...`)" },
  "--use-wheel": WHEEL,
  "--no-use-wheel": WHEEL,
  "--egg": { removedIn: "10.0", instead: "eggs are no longer installed; drop the option" },
  "--install-option": { removedIn: "23.1", instead: "use --config-settings, or build a wheel with the options you need" },
  "--download": { removedIn: "10.0", instead: "use `pip download -d DIR`" }
};
function compareVersions(a, b) {
  const pa = a.split(".").map((n) => parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function pinnedPip(command2, run2) {
  const pkg = packageCommand(command2);
  if (pkg?.manager !== "pip" || command2.positionals[0]?.value !== "install") return null;
  for (const word of pkg.packages) {
    const value = (word.value ?? resolveWord(run2, word.text) ?? "").toLowerCase();
    const pin = /^pip(==|<=|<|~=)([0-9][0-9.]*)/.exec(value);
    if (!pin) {
      if (value === "pip" || /^pip\s*(>|>=|!=)/.test(value)) return { version: null, exclusive: false };
      continue;
    }
    if (pin[1] === "~=") {
      const parts = pin[2].split(".");
      parts.pop();
      const last = parts.length - 1;
      if (last < 0) return null;
      parts[last] = String((parseInt(parts[last], 10) || 0) + 1);
      return { version: parts.join("."), exclusive: true };
    }
    return { version: pin[2], exclusive: pin[1] === "<" };
  }
  return null;
}
function pipPinBefore(run2, command2) {
  const inRun = commandsOf(run2);
  for (let i = inRun.indexOf(command2) - 1; i >= 0; i--) {
    const pin = pinnedPip(inRun[i], run2);
    if (pin) return pin;
  }
  for (const stage of run2.stage ? stageChain(run2.stage) : []) {
    const runs2 = stage.instructions.filter((inst) => inst.keyword === "RUN" && (stage !== run2.stage || inst.index < run2.index));
    for (let i = runs2.length - 1; i >= 0; i--) {
      const commands = commandsOf(runs2[i]);
      for (let j = commands.length - 1; j >= 0; j--) {
        const pin = pinnedPip(commands[j], runs2[i]);
        if (pin) return pin;
      }
    }
  }
  return null;
}
var removed_pip_option_default = defineRule({
  id: "removed-pip-option",
  aliases: [],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`pip install` with an option that pip has removed (`--download-cache`, `--use-mirrors`, `--allow-external`, ...)",
    details: `Flags options of \`pip install\` (also \`pip3\`, \`python -m pip\`) that pip no longer has:
\`--download-cache\`, \`--use-mirrors\`, \`-M\`, \`--mirrors\`, \`--allow-external\`, \`--allow-all-external\`,
\`--allow-unverified\`, \`--no-allow-external\`, \`--no-allow-insecure\`, \`--process-dependency-links\`,
\`--use-wheel\`, \`--no-use-wheel\`, \`--egg\`, \`--install-option\` and \`--download\`. The finding sits on the
option and names the pip release that removed it, with what to use instead.`,
    why: `Deprecated flags break builds. A current pip stops with \`no such option\`, so the Dockerfile only builds
with the old pip of an old base image, and fails as soon as pip is upgraded (often by the same Dockerfile's
\`pip install -U pip\`). The options were dropped because what they controlled is gone (PyPI mirrors, externally
hosted files) or is now the default (the download cache, wheels).`,
    bad: `FROM python:3.12-slim
RUN pip install --download-cache /tmp/pip -r requirements.txt`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir -r requirements.txt`,
    notes: `Release numbers come from pip's changelog (https://pip.pypa.io/en/stable/news/); where it does not say
when an option went, the message only says that it is gone. The rule stays quiet when an earlier \`pip install pip==X\` (or \`pip<X\`,
\`pip~=X\`) in the same RUN, stage or parent stage pins a pip that still has the option. Options of other subcommands (\`pip wheel\`,
\`pip download\`) are not checked. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        const pkg = packageCommand(command2);
        if (pkg?.manager !== "pip" || command2.positionals[0]?.value !== "install") continue;
        const seen = /* @__PURE__ */ new Set();
        for (const flag of command2.flags) {
          const removal = REMOVED_PIP_OPTIONS[flag.name];
          if (!removal || seen.has(flag.name)) continue;
          seen.add(flag.name);
          const pin = pipPinBefore(run2, command2);
          if (pin?.version && removal.removedIn) {
            const order = compareVersions(pin.version, removal.removedIn);
            if (order < 0 || order === 0 && pin.exclusive) continue;
          }
          const when = removal.removedIn ? `was removed in pip ${removal.removedIn}` : "was removed from pip";
          report({ message: `pip option ${flag.name} ${when}: ${removal.instead}`, range: flag.word.range });
        }
      }
    }
  }
});

// rules/required-label-missing.ts
var required_label_missing_default = defineRule({
  id: "required-label-missing",
  aliases: ["DL3049"],
  severity: "info",
  category: "maintainability",
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: "A label of the label schema is missing from the image",
    details: `Reports, at the \`FROM\` of the final stage, every label named in the \`labelSchema\` option that
no \`LABEL\` sets in the final stage or in the earlier stages it is built on (\`FROM builder\`).`,
    why: `A label schema is a team's promise about its images: every image says where its source is, which
commit it was built from, who owns it. An image without one of them is found out only when someone
needs the answer.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app" \\
      org.opencontainers.image.revision="9f1c2e7"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`); every label in the
schema is required. Only the final stage is checked: labels of builder stages do not end up in the image,
so a builder stage without them is fine (hadolint checks every stage; this rule follows what the image
gets). Labels inherited from the base image cannot be seen and are reported as missing: set them again,
or turn the rule off for that file. ONBUILD LABEL does not count: it labels a later image.`,
    exampleOptions: { labelSchema: { "org.opencontainers.image.source": "url", "org.opencontainers.image.revision": "hash" } }
  },
  check({ file, options, report }) {
    const schema = labelSchema(options);
    const stage = finalStage(file);
    if (!stage) return;
    const chain = new Set(stageChain(stage));
    const present = new Set(labelsOf(file).filter((label) => label.inst.stage && chain.has(label.inst.stage)).map((label) => label.key));
    for (const name of Object.keys(schema)) {
      if (present.has(name)) continue;
      report({ message: `label "${name}" is missing`, range: stage.from.keywordRange });
    }
  }
});

// rules/reserved-stage-name.ts
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]);
var reserved_stage_name_default = defineRule({
  id: "reserved-stage-name",
  aliases: ["DL3063", "ReservedStageName"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "A stage is named `scratch` or `context`, names Docker reserves",
    details: `Flags \`FROM ... AS scratch\` and \`FROM ... AS context\` (in any case).`,
    why: `\`scratch\` is Docker's empty image and \`context\` the name of the build context in \`COPY --from\` and
\`RUN --mount=from=\`. A stage with one of these names is ambiguous: \`FROM scratch\` further down still means the
empty image, not the stage.`,
    bad: `FROM alpine:3.20 AS scratch
RUN echo hi > /hi`,
    good: `FROM alpine:3.20 AS base
RUN echo hi > /hi`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (stage.name === null || stage.nameRange === null || !RESERVED2.has(stage.name)) continue;
      report({ message: `Stage name "${stage.nameText ?? stage.name}" is reserved by Docker: choose another name`, range: stage.nameRange });
    }
  }
});

// rules/runs-as-root.ts
var NON_ROOT_IMAGES = /* @__PURE__ */ new Set([
  "jenkins/jenkins",
  "jenkins/inbound-agent",
  "jenkins/agent",
  "nginxinc/nginx-unprivileged",
  "grafana/grafana",
  "sonarqube",
  "memcached",
  "solr",
  "kibana",
  "logstash",
  "elasticsearch"
]);
var NON_ROOT_PREFIXES = ["jupyter/", "quay.io/jupyter/", "circleci/", "cimg/", "gitpod/workspace-"];
var NON_ROOT_TAG_WORDS = ["nonroot", "non-root", "rootless", "unprivileged"];
var PRIVILEGE_DROPPING_IMAGES = /* @__PURE__ */ new Set([
  "postgres",
  "mysql",
  "mariadb",
  "redis",
  "mongo",
  "rabbitmq",
  "cassandra",
  "couchdb",
  "zookeeper"
]);
var STEP_DOWN_PROGRAMS = /* @__PURE__ */ new Set(["gosu", "su-exec", "setpriv", "runuser", "chpst", "s6-setuidgid", "setuser"]);
var INTERACTIVE_PROGRAMS = /^(fish|node|nodejs|irb|php|jshell|ghci|iex|erl|R|perl|lua[0-9.]*)$/;
var isInteractive = (name) => POSIX_SHELLS.has(name) || isPython(name) || INTERACTIVE_PROGRAMS.test(name);
var ENTRYPOINT_SCRIPT = /entrypoint(\.sh)?$/;
var INIT_SYSTEMS = /* @__PURE__ */ new Set(["init", "systemd", "sshd", "dropbear"]);
var WINDOWS_IMAGE_WORDS = ["windows", "nanoserver", "servercore", "ltsc20"];
function userKind(inst, escapeChar) {
  const word = inst.args[0];
  if (!word) return "unknown";
  const value = resolveWord(inst, word.value, escapeChar);
  if (value === null) return "unknown";
  const user = value.split(":")[0];
  if (user === "root" || /^0+$/.test(user)) return "root";
  if (user.toLowerCase() === "containeradministrator") return "root";
  return "other";
}
function repositoryOf(image) {
  if (onDockerHub(image)) return (dockerHubName(image) ?? image.repository).toLowerCase();
  return `${image.registry}/${image.repository}`.toLowerCase();
}
function baseSetsUser(image) {
  const repository = repositoryOf(image);
  const tag = (image.tag ?? "").toLowerCase();
  return NON_ROOT_IMAGES.has(repository) || NON_ROOT_PREFIXES.some((prefix) => repository.startsWith(prefix)) || NON_ROOT_TAG_WORDS.some((word) => tag.includes(word) || repository.includes(word)) || repository.startsWith("bitnami/") && repository !== "bitnami/minideb";
}
function stepsDown(file, stage) {
  const named = (text) => text !== null && STEP_DOWN_PROGRAMS.has(programName(text));
  for (const s of stageChain(stage)) {
    for (const inst of s.instructions) {
      if (inst.keyword === "COPY" || inst.keyword === "ADD") {
        if ((inst.execArgs ?? inst.args).some((word) => named(word.value))) return true;
        continue;
      }
      for (const command2 of commandsOf(inst)) {
        if (named(command2.name) || command2.wrappers.some(named)) return true;
        const pkg = packageCommand(command2);
        if (pkg?.action === "install" && pkg.packages.some((word) => named(word.value))) return true;
      }
    }
  }
  return startupCommands(file, stage).some((command2) => named(command2.name) || command2.wrappers.some((w) => named(w.value)));
}
function startupKind(file, inst) {
  if (!inst || inst.execArgs?.length === 0) return "none";
  const commands = instructionCommands(file, inst);
  if (commands.length === 0) return inst.execArgs ? "interactive" : "program";
  const kinds = commands.map((command2) => {
    if (!command2.args.every((arg) => arg.value.startsWith("-"))) return "program";
    if (isInteractive(command2.name)) return "interactive";
    return ENTRYPOINT_SCRIPT.test(command2.name) ? "script" : "program";
  });
  return kinds.includes("program") ? "program" : kinds[kinds.length - 1];
}
function runsAProgram(file, stage) {
  const startup = startupOf(stage);
  const entrypoint = startupKind(file, startup.entrypoint);
  const cmd = startupKind(file, startup.cmd);
  if (entrypoint === "program" || cmd === "program") return true;
  return entrypoint === "script" && cmd === "none";
}
function bootsInitSystem(file, stage) {
  return startupCommands(file, stage).some((command2) => INIT_SYSTEMS.has(command2.name) || command2.wrappers.some((w) => INIT_SYSTEMS.has(programName(w.value))));
}
function isWindows(file, stage, image) {
  if (file.escapeChar === "`") return true;
  const shell = (stage.instructions[stage.instructions.length - 1]?.shell[0] ?? "").toLowerCase();
  if (programName(shell) === "cmd" || programName(shell) === "powershell") return true;
  const text = image ? `${repositoryOf(image)}:${image.tag ?? ""}`.toLowerCase() : "";
  return WINDOWS_IMAGE_WORDS.some((word) => text.includes(word));
}
var runs_as_root_default = defineRule({
  id: "runs-as-root",
  aliases: ["DL3002"],
  severity: "warning",
  category: "security",
  docs: {
    summary: "The final image runs as root",
    details: `Flags the final stage when its container would run as root:

- the last \`USER\` of the final stage (or of the earlier stages it is built \`FROM\`) is root: \`root\`, \`0\`,
  \`root:<group>\`, \`0:<group>\`, or \`ContainerAdministrator\` on Windows. Reported at that USER; this is
  hadolint's DL3002, "Last USER should not be root", which looks at the last stage only.
- no \`USER\` at all in the final stage and the stages it builds on. Reported at the final stage's image.

Builder stages are not checked: they never run as the container. ARG and ENV values in USER are resolved.`,
    why: `Don't run as root. A process that runs as root in a container is root to the host's
kernel: one container escape, or one mounted Docker socket, away from owning the host. Most applications need root only to
install packages: do that, create a user, and switch to it with \`USER\` at the end.`,
    bad: `FROM python:3.12-slim
RUN pip install gunicorn
COPY . /app
CMD ["gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
RUN pip install gunicorn && useradd --create-home app
COPY . /app
USER app
CMD ["gunicorn", "app:app"]`,
    notes: `Stays quiet when there is no USER but the container still does not run as root, or when root
cannot be told from the Dockerfile:
- an image that does not say what it runs: no CMD or ENTRYPOINT in the Dockerfile, or only an interactive
  shell or REPL (\`CMD ["bash"]\`, \`CMD ["python3"]\`, \`CMD ["php", "-a"]\`). Such a Dockerfile builds a base
  or tool image (the official \`debian\`, \`python\`, \`buildpack-deps\` images); the Dockerfiles built on it
  still need root for their RUNs and choose the user themselves.
- \`FROM scratch\` final stages: they hold no shell, no users and no tools, typically one static binary;
  an explicit \`USER root\` there is still reported.
- base images that already end with a non-root USER (Bitnami, Jenkins, Jupyter, CircleCI, distroless
  \`:nonroot\`, \`*-unprivileged\`, \`*-rootless\`, Grafana, SonarQube, Elastic, Solr, memcached), and
  official database images whose entrypoint drops to the service's user (postgres, mysql, mariadb, redis,
  mongo, rabbitmq, cassandra, couchdb, zookeeper) when the Dockerfile keeps that entrypoint.
- images that install, copy, test or start a step-down program (\`gosu\`, \`su-exec\`, \`setpriv\`,
  \`runuser\`, \`chpst\`, \`s6-setuidgid\`, \`setuser\`): their entrypoint starts as root to fix permissions
  and then runs the service as its own user, the pattern of the official images.
- images that boot an init system (\`CMD ["/usr/sbin/init"]\`, \`systemd\`): it must run as root as PID 1
  and starts each service as the user its unit file names. SSH servers (\`CMD ["/usr/sbin/sshd", "-D"]\`,
  \`dropbear\`) likewise: they need root to log each user in as that user.
- Windows images (the \`escape\` directive set to a backtick, a cmd or \`powershell\` SHELL, \`windows\`/\`nanoserver\`/\`servercore\` base
  images): the default user depends on the base (Nano Server runs as ContainerUser, Server Core as
  ContainerAdministrator). \`USER ContainerAdministrator\` is reported, \`USER ContainerUser\` is not.
- a USER whose variables have no value, and images whose variables have no value.`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage) return;
    const user = lastInChain(stage, "USER");
    if (user) {
      if (userKind(user, file.escapeChar) === "root") {
        report({ message: "the last USER of the final stage is root; switch to an unprivileged user", range: user.args[0].range });
      }
      return;
    }
    const root = rootStage(stage);
    if (root.scratch) return;
    const image = root.image;
    if (image && (image.unresolved || baseSetsUser(image))) return;
    if (image && PRIVILEGE_DROPPING_IMAGES.has(dockerHubName(image)?.toLowerCase() ?? "") && !chainHas(stage, "ENTRYPOINT")) return;
    if (isWindows(file, stage, image) || stepsDown(file, stage) || bootsInitSystem(file, stage) || !runsAProgram(file, stage)) return;
    const from = stage.from;
    report({
      message: "no USER in the final stage: the container runs as root; add a USER with an unprivileged user",
      range: from.args[0]?.range ?? from.range
    });
  }
});

// rules/secret-in-arg-or-env.ts
var SECRET_TOKENS = /* @__PURE__ */ new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"]);
var ALLOW_TOKENS = /* @__PURE__ */ new Set(["public"]);
var PUBLIC_PARTS = /* @__PURE__ */ new Set(["gpg", "pgp"]);
var DESCRIPTIVE_LAST_PARTS = /* @__PURE__ */ new Set(["file", "path", "dir", "version", "url"]);
function looksSecret(name) {
  const parts = name.toLowerCase().split("_");
  if (parts.some((part) => ALLOW_TOKENS.has(part) || PUBLIC_PARTS.has(part))) return false;
  if (parts.length > 1 && DESCRIPTIVE_LAST_PARTS.has(parts[parts.length - 1])) return false;
  return parts.some((part) => SECRET_TOKENS.has(part));
}
var KEY_FILE_EXTENSIONS = /* @__PURE__ */ new Set(["key", "pem", "crt", "cer", "der", "p12", "pfx", "jks", "keystore", "gpg", "asc"]);
function holdsNoSecret(keyword, value) {
  if (value === null) return false;
  if (keyword === "ENV" && value === "") return true;
  if (value.includes("/") && !value.includes(" ") && !value.includes("	")) {
    const last = value.slice(value.lastIndexOf("/") + 1);
    const dot = last.lastIndexOf(".");
    if (dot > 0 && KEY_FILE_EXTENSIONS.has(last.slice(dot + 1).toLowerCase())) return true;
  }
  return false;
}
var secret_in_arg_or_env_default = defineRule({
  id: "secret-in-arg-or-env",
  aliases: ["DL3064", "SecretsUsedInArgOrEnv"],
  severity: "warning",
  category: "security",
  docs: {
    summary: "An ARG or ENV name looks like it holds a secret",
    details: `Flags \`ARG\` and \`ENV\` keys one of whose \`_\`-separated parts is, in any case, \`apikey\`, \`auth\`,
\`credential\`, \`credentials\`, \`key\`, \`password\`, \`pword\`, \`passwd\`, \`secret\` or \`token\`: BuildKit's
documented list (\`GITHUB_TOKEN\`, \`DB_PASSWORD\`, \`AWS_SECRET_ACCESS_KEY\`, \`api_key\`). ONBUILD triggers too.`,
    why: `ENV values are stored in the image config for anyone who pulls the image to read; ARG values are kept in
the image history and the build cache. Pass secrets with \`RUN --mount=type=secret\` instead: they are
available to that one command and never written to a layer.`,
    bad: `FROM node:22-slim
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && npm ci`,
    good: `FROM node:22-slim
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`,
    notes: `Names are split on \`_\` only, as BuildKit does: \`KEYRING_DIR\` and \`TOKENIZER\` are not reported, nor
is \`AUTHTOKEN\`. A name with a \`public\` part (\`PUBLIC_KEY\`, \`NEXT_PUBLIC_API_KEY\`) is not reported.
Where whale is more precise than BuildKit: names with a \`gpg\` or \`pgp\` part (\`GPG_KEY\`, the fingerprint of a
public key that official images use to verify downloads) and names ending in \`_FILE\`, \`_PATH\`, \`_DIR\`,
\`_VERSION\` or \`_URL\` (\`POSTGRES_PASSWORD_FILE\` points at a secret, \`DOCKER_AUTH_VERSION\` is a version) are
not reported, nor are an ENV with an empty value (\`ENV PASSWORD=\`: set when the container runs) and a value
that is the path of a key or certificate file (\`ENV TLS_KEY=certs/server.key\`).`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "ARG" && inst.keyword !== "ENV") continue;
      for (const pair of inst.pairs) {
        if (!looksSecret(pair.key) || holdsNoSecret(inst.keyword, pair.value)) continue;
        report({
          message: `Do not use ARG or ENV instructions for sensitive data (${inst.keyword} "${pair.key}"): use a secret mount`,
          range: pair.keyRange
        });
      }
    }
  }
});

// rules/server-without-expose.ts
var SERVERS = /* @__PURE__ */ new Set([
  "gunicorn",
  "uwsgi",
  "uvicorn",
  "hypercorn",
  "daphne",
  "waitress-serve",
  "nginx",
  "httpd",
  "httpd-foreground",
  "apache2-foreground",
  "puma",
  "unicorn",
  "unicorn_rails",
  "http-server",
  "serve",
  "http.server"
]);
var NODE_ENTRY = /^(server|app|index|main)\.[mc]?js$/;
var EXPOSING_IMAGES = /* @__PURE__ */ new Set([
  "nginx",
  "httpd",
  "tomcat",
  "tomee",
  "jetty",
  "caddy",
  "traefik",
  "haproxy",
  "varnish",
  "ghost",
  "drupal",
  "joomla",
  "nextcloud",
  "mediawiki",
  "redmine",
  "odoo",
  "kong",
  "open-liberty",
  "websphere-liberty",
  "sonarqube",
  "registry",
  "eclipse-mosquitto",
  "nats",
  "postgres",
  "mysql",
  "mariadb",
  "percona",
  "mongo",
  "redis",
  "memcached",
  "elasticsearch",
  "influxdb",
  "cassandra",
  "couchdb",
  "rabbitmq",
  "neo4j",
  "solr",
  "zookeeper",
  "nginxinc/nginx-unprivileged",
  "openresty/openresty",
  "jenkins/jenkins",
  "grafana/grafana",
  "hashicorp/consul",
  "hashicorp/vault",
  "postgis/postgis",
  "timescale/timescaledb",
  "percona/percona-server",
  "clickhouse/clickhouse-server",
  "minio/minio",
  "mongodb/mongodb-community-server",
  ...[
    "nginx",
    "postgresql",
    "mysql",
    "mariadb",
    "mongodb",
    "redis",
    "memcached",
    "elasticsearch",
    "influxdb",
    "cassandra",
    "couchdb",
    "rabbitmq",
    "neo4j",
    "clickhouse",
    "solr",
    "zookeeper",
    "minio"
  ].map((name) => `bitnami/${name}`)
]);
function serverOf(command2) {
  const name = command2.name;
  const args = command2.args.map((w) => w.value);
  if (args.some((a) => a.startsWith("unix:") || a.startsWith("--bind=unix:") || a === "--uds" || a.startsWith("--uds="))) return null;
  if (SERVERS.has(name)) return name;
  if (/^php-fpm[0-9.]*$/.test(name)) return name;
  if ((name === "apache2ctl" || name === "apachectl" || name === "apache2") && foreground(args)) return `${name} -D FOREGROUND`;
  if (name === "caddy" && ["run", "file-server", "reverse-proxy"].includes(args[0] ?? "")) return `caddy ${args[0]}`;
  if (name === "rails" && (args[0] === "server" || args[0] === "s")) return `rails ${args[0]}`;
  if (isPhp(name) && args.includes("-S")) return "php -S";
  if (name === "node" || name === "nodejs") {
    const script = args.find((a) => !a.startsWith("-"));
    if (script && NODE_ENTRY.test(programName(script))) return `node ${programName(script)}`;
  }
  if (name === "npm" && (args[0] === "start" || args[0] === "run" && args[1] === "start")) return "npm start";
  if (name === "java" && args.includes("-jar") && args.slice(args.indexOf("-jar") + 2).every((a) => a.startsWith("-"))) return "java -jar";
  if ((name === "flask" || name === "streamlit") && args.includes("run")) return `${name} run`;
  if (runsDjangoServer(command2)) return "manage.py runserver";
  return null;
}
function foreground(args) {
  return args.some((a, i) => a === "-DFOREGROUND" || a === "-D" && args[i + 1] === "FOREGROUND");
}
var server_without_expose_default = defineRule({
  id: "server-without-expose",
  aliases: [],
  severity: "info",
  category: "maintainability",
  docs: {
    summary: "The image runs a network server but does not document its port with EXPOSE",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it evidently starts a network server and
neither the final stage nor the stages it is built on has an \`EXPOSE\`. Servers recognised: gunicorn, uwsgi,
uvicorn, hypercorn, daphne, waitress-serve, nginx, httpd, \`apache2ctl -D FOREGROUND\`, \`caddy run\`, puma,
unicorn, \`rails server\`, \`php -S\`, php-fpm, \`node server.js\` (also \`app\`, \`index\`, \`main\` with \`.js\`,
\`.mjs\`, \`.cjs\`), \`npm start\`, \`java -jar\`, \`flask run\`, \`python manage.py runserver\`, \`streamlit run\`,
\`http-server\` and \`serve\`, also behind \`tini\`, \`dumb-init\`, \`gosu\`, \`exec\`, \`python -m\`, \`npx\`,
\`bundle exec\`, an entrypoint script followed by the CMD, or \`sh -c "..."\`.`,
    why: `\`EXPOSE\` does not publish anything, but it is the image's documentation of where it listens:
\`docker run -P\`, \`docker inspect\`, Compose and orchestrators read it, and readers of the Dockerfile look
for it. "Pythons in a Container" (PyCon 2016): "expose ports and volumes to document image".`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`,
    notes: `- Quiet when the \`CMD\` and \`ENTRYPOINT\` both come from the base image (not written in this Dockerfile),
  and when the base image is an official server image that already exposes its port (nginx, httpd, tomcat,
  caddy, traefik, haproxy, \`php:*-apache\`/\`php:*-fpm\`, wordpress, the database images...) or a Docker Hub
  image that does (\`nginxinc/nginx-unprivileged\`, \`bitnami/nginx\`...), or when the base image is an ARG without
  a value. Images from other registries (\`ghcr.io/me/nginx\`) are not taken for the official ones.
- A server bound to a Unix socket only (\`gunicorn -b unix:/run/app.sock\`, \`uvicorn --uds\`) has no port.
- Only the final stage is checked; an \`EXPOSE\` in a stage it is built \`FROM\` counts.
- \`java -jar app.jar\` counts as a server only when no positional argument follows the jar
  (\`java -jar tool.jar input.txt\` is a command-line tool).
- Windows shell-form commands are not read; exec form is.`
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, "EXPOSE")) return;
    const base = baseImageName(stage);
    if (base === "unknown") return;
    if (base && (EXPOSING_IMAGES.has(base.name) || base.name === "php" && /apache|fpm/.test(base.tag) || base.name === "wordpress" && !base.tag.includes("cli"))) return;
    for (const command2 of startupCommands(file, stage)) {
      const server = serverOf(command2);
      if (!server) continue;
      report({
        message: `\`${server}\` serves on the network but the image has no \`EXPOSE\`; document the port it listens on`,
        range: command2.instruction.range
      });
      return;
    }
  }
});

// rules/shellcheck.ts
var shellcheck_default = defineRule({
  id: "shellcheck",
  aliases: [],
  severity: "info",
  category: "correctness",
  enabledByDefault: false,
  docs: {
    summary: "ShellCheck findings in shell-form RUN instructions (needs the shellcheck program)",
    details: `Runs ShellCheck over every shell-form \`RUN\` (ONBUILD triggers included) and reports its findings
as \`SC\` codes at their line and column in the Dockerfile. Each RUN is checked with the dialect of the
\`SHELL\` in force (\`bash\`, \`dash\`, \`ksh\`; \`/bin/sh\` is read as \`dash\`, which is what it is on Debian and
close to BusyBox's \`ash\` on Alpine, except on Red Hat-family images, where it is \`bash\`), and with the ARG and
ENV names in scope declared, so that SC2154 speaks only of variables nothing defines. Windows images and
\`SHELL\` PowerShell or cmd are not checked. Off by default: turn it on with \`--shellcheck\` or in
\`.whale.yaml\` (\`rules: { shellcheck: on }\`). When the \`shellcheck\` program is missing, whale says so on
standard error and the other rules still run.`,
    why: `A RUN is a shell script that runs once, at build time, where its mistakes are hard to see: an unquoted
variable that splits, a \`cd\` that fails silently, a pipe that hides a failure.`,
    bad: `FROM debian:12
ARG VERSION
RUN echo $VERSION > /version`,
    good: `FROM debian:12
ARG VERSION
RUN echo "$VERSION" > /version`,
    notes: `Ignore comments name ShellCheck codes like rules: \`# hadolint ignore=SC2086\` or
\`# whale-ignore SC2086\` before the instruction. ShellCheck's own level (error, warning, info, style) is the
finding's severity.`
  },
  check() {
  }
});

// rules/sshd-in-container.ts
var DEBUG = "debug with `docker exec` instead";
var VERSION_START = {
  apt: ["="],
  apk: ["=", "~", "<", ">"],
  yum: ["-", "."],
  dnf: ["-", "."],
  zypper: ["<", ">", "=", "-", "."]
};
function packageName(word, manager) {
  const text = word.value;
  if (text === null) return null;
  for (const name of ["openssh-server", "openssh"]) {
    if (!text.startsWith(name)) continue;
    const rest = text.slice(name.length);
    if (rest === "") return name;
    if (VERSION_START[manager].includes(rest[0]) && (rest[0] !== "-" || /^-[0-9]/.test(rest))) return name;
  }
  return null;
}
function startsSshService(command2) {
  const service = startedService(command2);
  return service === "ssh" || service === "sshd";
}
function runsSshd(command2) {
  if (command2.name === "sshd") return true;
  return command2.shell !== null && startsSshService(command2.shell);
}
var sshd_in_container_default = defineRule({
  id: "sshd-in-container",
  aliases: [],
  severity: "warning",
  category: "security",
  docs: {
    summary: "The image installs or runs an SSH daemon",
    details: `Flags, in the final stage and the stages it is built on:

- installing \`openssh-server\` with apt-get/apt, yum, dnf/microdnf or zypper, and \`openssh\` or
  \`openssh-server\` with apk (Alpine's \`openssh\` package pulls in the server);
- running the daemon: a \`CMD\`/\`ENTRYPOINT\` whose program is \`sshd\` (\`/usr/sbin/sshd -D\`), or
  \`service ssh start\` in a \`RUN\`, \`CMD\` or \`ENTRYPOINT\`;
- \`EXPOSE 22\` (or \`22/tcp\`, also through an ARG or ENV value).

Each occurrence is its own finding, at the package, command or port.`,
    why: `A container runs one application; an SSH daemon is a second long-running service with its own keys,
users and passwords to manage, a port to secure, and updates to follow. "Pythons in a Container" (PyCon 2016): "Want a
minimal image, so no SSH daemon... so how do we debug a running container? Run bash (or other command) on a running
service: \`docker-compose exec $SERVICE_NAME /bin/bash\`." \`docker exec\`, \`docker logs\`, \`docker cp\` and
\`docker inspect\` give the same access without a daemon in the image.`,
    bad: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server \\
    && rm -rf /var/lib/apt/lists/*
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-client \\
    && rm -rf /var/lib/apt/lists/*
CMD ["my-app"]
# Debug with: docker exec -it <container> sh`,
    notes: `- Builder stages that are not part of the final image are not checked.
- The SSH client (\`openssh-client\`, Alpine's \`openssh-client\`) is fine: cloning over SSH is common.
- An image whose purpose is to be an SSH server (a bastion, a git server) may disable this rule.
- \`ONBUILD\` triggers count: they install the daemon into every image built from this one.`
  },
  check({ file, report }) {
    const checkRun = (inst) => {
      for (const command2 of runCommands(inst)) {
        if (startsSshService(command2)) {
          report({ message: `\`${serviceStartText(command2, startedService(command2))}\` starts an SSH daemon; ${DEBUG}`, range: command2.range });
        }
        const pkg = packageCommand(command2);
        if (!pkg || pkg.action !== "install" || !(pkg.manager in VERSION_START)) continue;
        for (const word of pkg.packages) {
          const name = packageName(word, pkg.manager);
          if (name === "openssh" && pkg.manager !== "apk") continue;
          if (!name) continue;
          const message = name === "openssh" ? `\`openssh\` installs the SSH daemon (install \`openssh-client\` if you only need ssh); ${DEBUG}` : `\`openssh-server\` installs an SSH daemon in the image; ${DEBUG}`;
          report({ message, range: word.range });
        }
      }
    };
    const checkStartup = (inst) => {
      for (const command2 of instructionCommands(file, inst)) {
        if (command2.instruction !== inst || !runsSshd(command2)) continue;
        report({ message: `\`${inst.keyword}\` runs an SSH daemon; ${DEBUG}`, range: command2.range });
      }
    };
    const checkExpose = (inst) => {
      for (const word of inst.args) {
        const value = (resolveWord(inst, word.value, file.escapeChar) ?? "").toLowerCase();
        if (value === "22" || value === "22/tcp") report({ message: `\`EXPOSE ${word.value}\` publishes the SSH port; ${DEBUG}`, range: word.range });
      }
    };
    const check = (inst) => {
      if (inst.keyword === "RUN") checkRun(inst);
      else if (inst.keyword === "CMD" || inst.keyword === "ENTRYPOINT") checkStartup(inst);
      else if (inst.keyword === "EXPOSE") checkExpose(inst);
    };
    for (const stage of file.stages) {
      if (!stage.inFinalImage) continue;
      for (const inst of stage.instructions) {
        check(inst);
        if (inst.trigger) check(inst.trigger);
      }
    }
  }
});

// rules/stage-name-not-lowercase.ts
var stage_name_not_lowercase_default = defineRule({
  id: "stage-name-not-lowercase",
  aliases: ["StageNameCasing"],
  severity: "warning",
  category: "style",
  fixable: true,
  docs: {
    summary: "Stage name not in lower case",
    details: `Flags the name of a build stage (\`FROM image AS Name\`) that has upper-case letters. The fix writes
the name in lower case; references to the stage (\`FROM\`, \`COPY --from\`, \`RUN --mount=from=\`) need no change
because Docker compares stage names case-insensitively.`,
    why: `Docker lower-cases stage names, so \`AS Builder\` declares a stage called \`builder\`. Writing the name as
Docker stores it keeps references, \`docker build --target\` and the file consistent.`,
    bad: `FROM golang:1.23 AS BuildBase
RUN go version`,
    good: `FROM golang:1.23 AS build-base
RUN go version`,
    notes: "Same as BuildKit's `StageNameCasing` check."
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (!stage.nameText || !stage.nameRange || stage.nameText === stage.nameText.toLowerCase()) continue;
      report({
        message: `Stage name '${stage.nameText}' should be lowercase`,
        range: stage.nameRange,
        fix: [{ range: stage.nameRange, text: stage.nameText.toLowerCase() }]
      });
    }
  }
});

// rules/sudo-in-run.ts
var sudo_in_run_default = defineRule({
  id: "sudo-in-run",
  aliases: ["DL3004"],
  severity: "error",
  category: "security",
  docs: {
    summary: "`sudo` in RUN: switch users with USER, or gosu/su-exec at run time",
    details: `Flags a command run through \`sudo\` in a \`RUN\` (ONBUILD triggers included), at the \`sudo\` word.
Installing a package named \`sudo\` (\`apt-get install sudo\`) is not using it and is not reported.`,
    why: `RUN steps run as the current \`USER\`, root unless the Dockerfile changed it; \`sudo\` adds nothing but a
package, a sudoers file and TTY and signal quirks. Where a step needs root after a \`USER app\`, switch with
\`USER root\` and back; to drop privileges when the container starts, use \`gosu\` or \`su-exec\`, which do not
keep a root parent process.`,
    bad: `FROM ubuntu:24.04
USER app
RUN sudo apt-get update`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
USER app`,
    notes: `Not reported: the word \`sudo\` as an argument (a package name, \`grep sudo\`, \`usermod -aG sudo\`),
heredoc data, shells that are not POSIX.`
  },
  check({ file, report }) {
    const check = (inst) => {
      for (const command2 of runCommands(inst)) {
        if (!command2.wrappers.includes("sudo") && command2.name !== "sudo") continue;
        const word = command2.words.find((w) => w.value !== null && programName(w.value) === "sudo");
        if (!word) continue;
        const before2 = command2.nameWord ? command2.words.indexOf(command2.nameWord) : command2.words.length;
        if (command2.words.indexOf(word) > before2) continue;
        report({ message: "Do not use `sudo` in RUN: it runs as the USER in force; switch with USER", range: word.range });
      }
    };
    if (!file.posixShell) return;
    for (const run2 of allRuns(file)) check(run2);
  }
});

// src/lint/suggest.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
function closestName(name, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0.5 : distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : null;
}

// rules/undefined-arg-in-from.ts
function referenceRange(word, offset, length) {
  const { start, end } = word.range;
  if (start.line !== end.line || end.character - start.character !== word.value.length) return word.range;
  return { start: { line: start.line, character: start.character + offset }, end: { line: start.line, character: start.character + offset + length } };
}
var undefined_arg_in_from_default = defineRule({
  id: "undefined-arg-in-from",
  aliases: ["UndefinedArgInFrom"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "FROM uses a variable that no ARG before the first FROM declares",
    details: `Flags \`$NAME\` and \`\${NAME}\` in the image and the \`--platform\` of a \`FROM\` when no \`ARG NAME\`
comes before the first \`FROM\`. Only those global ARGs (and Docker's built-in build arguments such as
\`TARGETPLATFORM\` and \`BUILDPLATFORM\`) are visible to FROM: an ARG or ENV inside a stage is not. When a
declared name is close, the message suggests it.`,
    why: `An undeclared variable expands to nothing, so \`FROM python:\${PY_VERSON}-slim\` asks for \`python:-slim\`
and the build fails, or worse, \`FROM \${REGISTRY}/app\` silently pulls from Docker Hub.`,
    bad: `ARG VERSION=3.20
FROM alpine:\${VERSON}`,
    good: `ARG VERSION=3.20
FROM alpine:\${VERSION}`,
    notes: `Same as BuildKit's \`UndefinedArgInFrom\` check. A reference with a default or an alternative
(\`\${TAG:-latest}\`, \`\${TAG:+:$TAG}\`) is not reported: its author expects it may be unset.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const words2 = [];
      if (from.args[0]) words2.push(from.args[0]);
      for (const flag of from.flags) {
        if (flag.name.toLowerCase() === "platform" && flag.value !== null && flag.valueRange) words2.push({ value: flag.value, range: flag.valueRange });
      }
      for (const word of words2) {
        const expansion = expand(word.value, () => void 0, file.escapeChar);
        for (const ref of expansion.references) {
          if (from.scope.has(ref.name)) continue;
          const text = word.value.slice(ref.offset, ref.offset + ref.length);
          if (text !== `$${ref.name}` && text !== `\${${ref.name}}`) continue;
          const suggestion = closestName(ref.name, [...from.scope.keys()]);
          report({
            message: `FROM argument '${ref.name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ""}`,
            range: referenceRange(word, ref.offset, ref.length)
          });
        }
      }
    }
  }
});

// rules/undefined-variable.ts
function expandedWords(inst) {
  const words2 = [];
  switch (inst.keyword) {
    case "ENV":
    case "LABEL":
      for (const pair of inst.pairs) if (pair.rawValue !== null && pair.valueRange) words2.push({ value: pair.rawValue, range: pair.valueRange });
      break;
    case "ARG": {
      const declared = [];
      for (const pair of inst.pairs) {
        if (pair.rawValue !== null && pair.valueRange) words2.push({ value: pair.rawValue, range: pair.valueRange, declared: [...declared] });
        declared.push(pair.key);
      }
      break;
    }
    case "COPY":
    case "ADD":
      for (const word of inst.execArgs ?? inst.args) if (!word.value.startsWith("<<")) words2.push(word);
      for (const flag of inst.flags) {
        const name = flag.name.toLowerCase();
        if ((name === "chown" || name === "chmod") && flag.value !== null && flag.valueRange) words2.push({ value: flag.value, range: flag.valueRange });
      }
      break;
    case "WORKDIR":
    case "USER":
    case "VOLUME":
    case "STOPSIGNAL":
      words2.push(...inst.execArgs ?? inst.args);
      break;
    case "RUN":
      for (const flag of inst.flags) {
        if (flag.name.toLowerCase() === "mount" && flag.value !== null && flag.valueRange) words2.push({ value: flag.value, range: flag.valueRange });
      }
      break;
  }
  return words2;
}
function referenceRange2(word, offset, length) {
  const { start, end } = word.range;
  const width = end.character - start.character;
  const shift = width === word.value.length ? 0 : width === word.value.length + 2 ? 1 : -1;
  if (start.line !== end.line || shift < 0) return word.range;
  const from = start.character + shift + offset;
  return { start: { line: start.line, character: from }, end: { line: start.line, character: from + length } };
}
var undefined_variable_default = defineRule({
  id: "undefined-variable",
  aliases: ["UndefinedVar"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "A `$VAR` that no ARG or ENV defines, in a word Docker expands itself",
    details: `Flags \`$NAME\` and \`\${NAME}\` when no ARG or ENV before it in the stage (or ENV of the stage it is built
on) declares \`NAME\`, in the words Docker expands itself: ENV and LABEL values, ARG defaults, COPY and ADD
sources, destination, \`--chown\` and \`--chmod\`, WORKDIR, USER, VOLUME, STOPSIGNAL, and RUN \`--mount\` options.
When a declared name is close, the message suggests it (\`did you mean $APP_HOME?\`).

RUN commands are not checked: the shell expands them, and their variables may come from the base image or the
script itself.`,
    why: `Docker replaces an undefined variable with nothing, without a word: \`COPY app $APP_HOME/\` copies into
\`/\`, \`USER $APP_USER\` fails at run time, and a misspelt \`$APP_HOEM\` goes unnoticed until the image misbehaves.
ARGs declared before the first FROM are not visible inside a stage until the stage repeats \`ARG NAME\`.`,
    bad: `FROM alpine:3.20
ENV APP_HOME=/app
WORKDIR $APP_HOEM
COPY app.py $APP_HOME/`,
    good: `FROM alpine:3.20
ENV APP_HOME=/app
WORKDIR $APP_HOME
COPY app.py $APP_HOME/`,
    notes: `Same as BuildKit's \`UndefinedVar\` check, with one difference: BuildKit also knows the ENV of the base
image, which a static linter cannot read. Names that base images commonly set (\`PATH\`, \`HOME\`, \`LANG\`,
\`JAVA_HOME\`, \`GOPATH\`, \`PYTHON_VERSION\`, ...) are therefore never reported. A reference with a default or
an alternative (\`\${NAME:-x}\`, \`\${NAME:+x}\`) is not reported: its author expects it may be unset. Single
quotes in ENV and LABEL values keep \`$\` literal, as in Docker. ONBUILD triggers are not checked: they expand
in a later build. Built-in build arguments (\`TARGETARCH\`...) must be declared with \`ARG\` in the stage to be
used, as Docker requires.`
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (!inst.stage) continue;
      for (const word of expandedWords(inst)) {
        const expansion = expand(word.value, () => void 0, file.escapeChar);
        for (const ref of expansion.references) {
          if (inst.scope.has(ref.name) || word.declared?.includes(ref.name)) continue;
          const text = word.value.slice(ref.offset, ref.offset + ref.length);
          if (text !== `$${ref.name}` && text !== `\${${ref.name}}`) continue;
          if (IMAGE_ENV.has(ref.name)) continue;
          const candidates = [...inst.scope.keys(), ...word.declared ?? []];
          const suggestion = closestName(ref.name, candidates);
          report({
            message: `Usage of undefined variable '$${ref.name}'${suggestion ? ` (did you mean $${suggestion}?)` : ""}`,
            range: referenceRange2(word, ref.offset, ref.length)
          });
        }
      }
    }
  }
});
var IMAGE_ENV = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "TERM",
  "HOSTNAME",
  "USER",
  "SHELL",
  "PWD",
  "TZ",
  "DEBIAN_FRONTEND",
  "JAVA_HOME",
  "JAVA_VERSION",
  "JDK_VERSION",
  "MAVEN_HOME",
  "MAVEN_CONFIG",
  "GRADLE_HOME",
  "GRADLE_VERSION",
  "CATALINA_HOME",
  "GOPATH",
  "GOROOT",
  "GOLANG_VERSION",
  "GOTOOLCHAIN",
  "CARGO_HOME",
  "RUSTUP_HOME",
  "RUST_VERSION",
  "PYTHON_VERSION",
  "PYTHON_PIP_VERSION",
  "PYTHON_SHA256",
  "PIP_NO_CACHE_DIR",
  "VIRTUAL_ENV",
  "NODE_VERSION",
  "YARN_VERSION",
  "NPM_CONFIG_PREFIX",
  "RUBY_VERSION",
  "RUBY_MAJOR",
  "GEM_HOME",
  "BUNDLE_PATH",
  "BUNDLE_SILENCE_ROOT_WARNING",
  "BUNDLE_APP_CONFIG",
  "PHP_VERSION",
  "PHP_INI_DIR",
  "PHPIZE_DEPS",
  "APACHE_CONFDIR",
  "APACHE_ENVVARS",
  "HTTPD_PREFIX",
  "HTTPD_VERSION",
  "NGINX_VERSION",
  "NJS_VERSION",
  "PKG_RELEASE",
  "DOTNET_VERSION",
  "ASPNET_VERSION",
  "ASPNETCORE_URLS",
  "DOTNET_RUNNING_IN_CONTAINER",
  "ERLANG_VERSION",
  "ELIXIR_VERSION",
  "PERL_VERSION",
  "GPG_KEY",
  "GOSU_VERSION",
  "LD_LIBRARY_PATH",
  "PKG_CONFIG_PATH",
  "MANPATH",
  "CONDA_DIR",
  "NVM_DIR",
  "SDKMAN_DIR",
  "DOCKER_VERSION",
  "ProgramFiles",
  "ProgramData",
  "USERPROFILE",
  "APPDATA",
  "TEMP",
  "TMP",
  "SystemRoot",
  "windir",
  "LOCALAPPDATA",
  "ComSpec"
]);

// rules/untrusted-registry.ts
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function matches(pattern, registry2) {
  const normal = normalize(pattern.trim());
  if (!normal.includes("*")) return normal === registry2;
  const source = normal.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`).test(registry2);
}
function normalize(registry2) {
  const lower = registry2.toLowerCase();
  return DOCKER_HUB_HOSTS.has(lower) ? "docker.io" : lower;
}
var untrusted_registry_default = defineRule({
  id: "untrusted-registry",
  aliases: ["DL3026"],
  severity: "error",
  category: "security",
  enabledByDefault: false,
  options: {
    trustedRegistries: {
      type: "string[]",
      default: [],
      description: "Registries images may come from (`docker.io`, `ghcr.io`, `*.example.com`; `*` matches any characters). An image without a registry is from `docker.io`."
    }
  },
  docs: {
    summary: "FROM an image of a registry that is not in the trusted registries",
    details: `Flags a \`FROM\` whose image (ARG values substituted) comes from a registry that the
\`trustedRegistries\` option does not list. An image without a registry (\`python:3.12\`,
\`myorg/app\`) comes from Docker Hub, \`docker.io\`; \`index.docker.io\` and \`registry-1.docker.io\` are the
same registry. Entries may hold \`*\` wildcards: \`*.example.com\` trusts every host under example.com.`,
    why: `A base image runs its code in every build and ships in every image. A team that pulls only from
registries it controls or vets (a mirror, its own registry) keeps a typo-squatted or compromised image
out; one FROM that slips past the list undoes that.`,
    bad: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
    good: `FROM registry.example.com/python:3.12-slim AS build
FROM build
RUN pip install --no-cache-dir flask==3.0.3`,
    notes: `Off until configured: it needs \`trustedRegistries\` (hadolint's \`trustedRegistries\`), and stays
quiet while the list is empty. Not reported: \`FROM scratch\`, \`FROM\` an earlier stage, and an image whose
reference holds a variable with no value in the Dockerfile (\`FROM \${BASE}\`: it is chosen at build time).
Registries are compared with their port (\`localhost:5000\`). Images used by \`COPY --from\` and
\`RUN --mount=from=\` are not checked, as in hadolint.`,
    exampleOptions: { trustedRegistries: ["registry.example.com"] }
  },
  check({ file, options, report }) {
    const trusted = options["trustedRegistries"];
    if (!Array.isArray(trusted) || trusted.length === 0) return;
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || stage.scratch || stage.parent || image.unresolved) continue;
      const registry2 = normalize(image.registry ?? "docker.io");
      if (trusted.some((pattern) => matches(pattern, registry2))) continue;
      report({ message: `image "${image.resolved}" is from ${registry2}, which is not a trusted registry`, range: image.range });
    }
  }
});

// rules/user-not-numeric.ts
var WINDOWS_IMAGE_WORDS2 = ["windows", "nanoserver", "servercore", "ltsc20"];
function onWindows(file, inst) {
  if (!file.posixShell) return true;
  const image = inst.stage ? rootStage(inst.stage).image : null;
  const name = (image?.resolved ?? "").toLowerCase();
  return WINDOWS_IMAGE_WORDS2.some((word) => name.includes(word));
}
var user_not_numeric_default = defineRule({
  id: "user-not-numeric",
  aliases: ["DL3066"],
  severity: "info",
  category: "security",
  docs: {
    summary: "USER names a user rather than a numeric UID",
    details: `Flags \`USER app\` and \`USER app:app\`: a user given by name rather than by numeric UID. ARG and ENV
values are resolved; only the user part (before \`:\`) is checked. ONBUILD triggers too.`,
    why: `Kubernetes' \`runAsNonRoot\` cannot tell whether a named user is root without the image's
\`/etc/passwd\`, so it refuses to start the pod ("image has non-numeric user, cannot verify user is
non-root"). A numeric UID is also what file ownership and volume permissions are decided on.`,
    bad: `FROM alpine:3.20
RUN adduser -D -u 10001 app
USER app`,
    good: `FROM alpine:3.20
RUN adduser -D -u 10001 app
USER 10001:10001`,
    notes: `Not reported: a user that comes from an ARG (\`USER $UID\`: the build decides), a variable without a
value, \`root\` (whether root runs the container is \`runs-as-root\`'s business, and a mid-file \`USER root\` for
installing is common), and Windows images (a backtick escape, a non-POSIX SHELL, or a
base image whose name says windows/nanoserver/servercore/ltsc20..: users there are names, \`ContainerUser\`).`
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== "USER" || inst.args.length === 0 || !inst.argsRange) continue;
      if (onWindows(file, inst)) continue;
      const word = inst.args[0];
      const expansion = expand(word.value, scopeLookup(inst.scope), file.escapeChar);
      if (expansion.unresolved.length > 0) continue;
      if (expansion.references.some((ref) => inst.scope.get(ref.name)?.kind !== "env")) continue;
      const user = expansion.value.split(":")[0].trim();
      if (user === "" || /^\d+$/.test(user) || user === "root") continue;
      report({
        message: `USER ${expansion.value} is not numeric: use a numeric UID (e.g. USER 10001) so that runAsNonRoot can verify it`,
        range: inst.argsRange
      });
    }
  }
});

// rules/useradd-without-no-log-init.ts
var useradd_without_no_log_init_default = defineRule({
  id: "useradd-without-no-log-init",
  aliases: ["DL3046"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`useradd` with a large UID and without `-l`/`--no-log-init`",
    details: `Flags \`useradd -u <uid>\` (or \`--uid\`) with a UID of more than five digits when neither \`-l\` nor
\`--no-log-init\` is given, at the command. ARG and ENV values are resolved.`,
    why: `useradd records the new user in \`/var/log/lastlog\` and \`/var/log/faillog\`, files indexed by UID. With a
UID like 1000000 they become sparse files of hundreds of megabytes, and image layers do not keep them sparse:
the image grows by that much, and the build may run out of disk. \`-l\` (\`--no-log-init\`) skips those files.`,
    bad: `FROM debian:bookworm-slim
RUN useradd -u 1000000 app`,
    good: `FROM debian:bookworm-slim
RUN useradd --no-log-init -u 1000000 app`,
    notes: `Not reported: UIDs of five digits or fewer (the files stay small), a UID whose variable has no value,
\`adduser\` and BusyBox \`adduser\` (which do not write lastlog). Shells that are not POSIX are not checked.`
  },
  check({ file, report }) {
    const check = (inst) => {
      for (const command2 of runCommands(inst)) {
        if (command2.name !== "useradd") continue;
        if (hasFlag(command2, "-l", "--no-log-init")) continue;
        const flag = command2.flags.find((f) => (f.name === "-u" || f.name === "--uid") && f.value !== null);
        if (!flag) continue;
        const uid = resolveWord(inst, flag.value);
        if (uid === null || !/^[0-9]+$/.test(uid) || uid.replace(/^0+/, "").length <= 5) continue;
        report({ message: `\`useradd\` with UID ${uid} and without \`--no-log-init\` writes huge lastlog/faillog files into the image: add \`-l\``, range: command2.range });
      }
    };
    if (!file.posixShell) return;
    for (const run2 of allRuns(file)) check(run2);
  }
});

// rules/virtualenv-in-container.ts
function venvCreation(command2, inst) {
  const first = command2.positionals[0]?.value;
  const m = command2.wrappers.indexOf("-m");
  const viaModule = m > 0;
  const python2 = viaModule ? command2.wrappers[m - 1] : "";
  if (command2.name === "virtualenv" && command2.positionals.length > 0) return viaModule ? `${python2} -m virtualenv` : "virtualenv";
  if (command2.name === "venv" && viaModule && command2.positionals.length > 0) return `${python2} -m venv`;
  if (command2.name === "uv" && first === "venv") return "uv venv";
  if (command2.name === "pipenv" && first === "install" && !hasFlag(command2, "--system")) {
    const assigned = new Map(command2.assignments.map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
    const value = (name) => assigned.get(name) ?? inst.scope.get(name)?.value ?? "";
    const system = value("PIPENV_SYSTEM").toLowerCase();
    if (system !== "" && system !== "0" && system !== "false") return null;
    if (value("VIRTUAL_ENV") !== "") return null;
    return "pipenv install";
  }
  return null;
}
var virtualenv_in_container_default = defineRule({
  id: "virtualenv-in-container",
  aliases: [],
  severity: "info",
  category: "maintainability",
  docs: {
    summary: "A virtualenv is created in a stage that ends up in the final image",
    details: `Flags commands that create a Python virtual environment in the final stage or a stage it is built
on (\`FROM\`): \`virtualenv DIR\`, \`python -m venv DIR\` (any \`python\`, \`python3\`, \`python3.x\`),
\`python -m virtualenv DIR\`, \`uv venv\`, and \`pipenv install\` without \`--system\` (which creates a
virtualenv for the project). The finding points at the command.

The builder pattern is not flagged: a virtualenv created in a build stage and copied into the final stage
with \`COPY --from=builder /opt/venv /opt/venv\` is a clean way to ship only the installed packages.`,
    why: `The container is already the isolation. "Pythons in a Container" (PyCon 2016) put it plainly: "Virtualenv: don't use it inside
containers - not needed; each container is already an isolated system; install directly into the
container's system site-packages." A virtualenv in the image adds a second Python environment to keep in
step (\`PATH\`, activation in every \`RUN\`, \`CMD\`, \`docker exec\`), and its creation tools stay in the image.

"Docker for Developers" (PyAtl 2015) disagreed ("virtualenv is DEAD!!1 ... Uhm, no."): a virtualenv isolates the app from the
*vendor dependencies* that the distribution's Python already carries (\`python3-*\` packages installed by
apt), and it lets the app's packages be owned by a non-root user, so the container can run as non-root.
Both are good reasons. A virtualenv is right when the base image's Python has distribution packages you
must not mix with, or when the app installs and runs as a non-root user; the builder pattern below keeps
those benefits without creating the environment in the final image. This rule is informational.`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt
COPY . .
CMD ["/opt/venv/bin/gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]

# Or, when a venv is wanted, build it in a stage of its own and copy it:
#   FROM python:3.12-slim AS builder
#   RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt
#   FROM python:3.12-slim
#   COPY --from=builder /opt/venv /opt/venv`,
    notes: `- Only stages whose layers end up in the final image are checked (the final stage and the stages it is
  built \`FROM\`); a venv made in a builder stage and copied over is fine.
- \`pipenv install\` is quiet with \`--system\`, with \`PIPENV_SYSTEM=1\`, or when \`VIRTUAL_ENV\` is set (pipenv
  then installs into that environment, which is flagged where it is created).
- \`ONBUILD\` triggers are not checked: the downstream build may well be a builder stage.
- Exec-form \`RUN ["python3", "-m", "venv", "/venv"]\` is checked too; Windows shells are not read.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (!stage.inFinalImage) continue;
      for (const inst of instructionsOf(stage, "RUN")) {
        for (const command2 of runCommands(inst)) {
          const what = venvCreation(command2, inst);
          if (!what) continue;
          report({
            message: `\`${what}\` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it`,
            range: command2.range
          });
        }
      }
    }
  }
});

// rules/wget-and-curl-in-stage.ts
function fallback(command2) {
  return command2.connector === "||" || command2.nesting === "if" || command2.nesting === "case";
}
var wget_and_curl_in_stage_default = defineRule({
  id: "wget-and-curl-in-stage",
  aliases: ["DL4001"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "Both `wget` and `curl` used in one stage",
    details: `Flags a stage whose RUN instructions use both \`wget\` and \`curl\`. The finding is reported once, at the
first use of the tool that appears second, and names the line where the other one is used. A command that only
runs as a fallback (after \`||\`, or inside \`if\`/\`case\`, as in \`curl -fsSL $URL || wget -qO- $URL\`) does not
count.`,
    why: `Use one download tool. Each of them is a package to install, patch and scan, and using both means two
sets of options, defaults and failure modes (\`curl\` without \`-f\` succeeds on HTTP errors, \`wget\` does not).`,
    bad: `FROM debian:12-slim
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN wget -q -O /tmp/b.tar.gz https://example.com/b.tar.gz`,
    good: `FROM debian:12-slim
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN curl -fsSLo /tmp/b.tar.gz https://example.com/b.tar.gz`,
    notes: `Each stage is checked on its own, ONBUILD triggers excluded. Exec-form RUNs and non-POSIX shells are not
read.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const first = /* @__PURE__ */ new Map();
      let second = null;
      for (const inst of stage.instructions) {
        if (inst.keyword !== "RUN") continue;
        for (const command2 of commandsOf(inst)) {
          if (command2.name !== "wget" && command2.name !== "curl" || fallback(command2) || first.has(command2.name)) continue;
          first.set(command2.name, command2);
          if (first.size === 2) second = command2;
        }
        if (second) break;
      }
      if (!second) continue;
      const other = first.get(second.name === "wget" ? "curl" : "wget");
      report({
        message: `\`${second.name}\` is used here and \`${other.name}\` on line ${other.range.start.line + 1} of the same stage; use one download tool`,
        range: second.range
      });
    }
  }
});

// rules/wget-without-progress-option.ts
var QUIET = /* @__PURE__ */ new Set(["-q", "--quiet", "--no-verbose", "--progress", "-o", "--output-file", "-a", "--append-output"]);
function hasProgressOption(command2) {
  return command2.flags.some((flag) => QUIET.has(flag.name) || flag.word.display.startsWith("-nv"));
}
var wget_without_progress_option_default = defineRule({
  id: "wget-without-progress-option",
  aliases: ["DL3047"],
  severity: "info",
  category: "style",
  docs: {
    summary: "`wget` without a progress or quiet option",
    details: `Flags \`wget\` without one of \`-q\`/\`--quiet\`, \`-nv\`/\`--no-verbose\` or \`--progress=...\`
(\`--progress=dot:giga\`). Sending the log to a file (\`-o\`/\`--output-file\`, \`-a\`/\`--append-output\`) also
silences it, as in hadolint.`,
    why: `Without a TTY, wget prints a line of dots for every few kilobytes it downloads, so one large download
can write thousands of lines into the build log and bury the output that matters.`,
    bad: `FROM debian:12-slim
RUN wget https://example.com/tool.tar.gz`,
    good: `FROM debian:12-slim
RUN wget --progress=dot:giga https://example.com/tool.tar.gz`,
    notes: `Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "wget" || hasProgressOption(command2)) continue;
        report({
          message: "`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output",
          range: command2.range
        });
      }
    }
  }
});

// rules/workdir-relative-path.ts
function isAbsolute3(path) {
  return path.startsWith("/") || path.startsWith("\\") || path.startsWith("$") || /^[A-Za-z]:/.test(path);
}
function absoluteBefore(stage, inst, escapeChar) {
  return stageChain(stage).some((s) => s.instructions.some((other) => other.keyword === "WORKDIR" && (s !== stage || other.index < inst.index) && other.args.length > 0 && workdirIsAbsolute(other, escapeChar)));
}
function workdirIsAbsolute(inst, escapeChar) {
  const raw = inst.args.map((w) => w.value).join(" ");
  return isAbsolute3(raw) || isAbsolute3(unquote(raw, escapeChar));
}
var workdir_relative_path_default = defineRule({
  id: "workdir-relative-path",
  aliases: ["DL3000", "WorkdirRelativePath"],
  severity: "error",
  category: "correctness",
  docs: {
    summary: "WORKDIR is a relative path with no absolute WORKDIR before it",
    details: `Flags a \`WORKDIR\` whose path is relative (\`WORKDIR app\`) when no absolute \`WORKDIR\` came before it
in the stage or in the earlier stages it is built on. Such a path is resolved against whatever working directory the
base image happens to set, which the Dockerfile does not show.

Paths starting with \`/\`, \`\\\`, a Windows drive (\`C:\\app\`, \`c:/app\`) or a variable (\`$HOME/app\`) count as
absolute. Quotes are removed first, so \`WORKDIR "app"\` is relative.`,
    why: `\`WORKDIR app\` means \`app\` under the base image's working directory: \`/app\` today, \`/usr/src/app\` or
\`/go/app\` after a change of base image. Every later \`COPY . .\`, \`RUN\` and \`CMD\` then runs somewhere else.
An absolute path says where the files go, whatever the base image does.`,
    bad: `FROM python:3.12-slim
WORKDIR app
COPY . .`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
# relative to the absolute WORKDIR above: /app/static
WORKDIR static`,
    notes: `hadolint (DL3000) flags every relative \`WORKDIR\`; BuildKit (WorkdirRelativePath) only the first one of a
stage when no absolute one came before. whale follows BuildKit, the more precise behaviour: after \`WORKDIR /app\`,
\`WORKDIR static\` is exactly \`/app/static\`, and nothing depends on the base image. An absolute \`WORKDIR\` in a
stage this one is built \`FROM\` counts too. hadolint also takes any quoted path as absolute; whale removes the
quotes and looks at the path. \`ONBUILD WORKDIR\` is not checked: it runs in an image whose WORKDIR is unknown here.`
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== "WORKDIR" || inst.args.length === 0) continue;
        const path = unquote(inst.args.map((w) => w.value).join(" "), file.escapeChar);
        if (workdirIsAbsolute(inst, file.escapeChar) || absoluteBefore(stage, inst, file.escapeChar)) continue;
        report({
          message: `\`WORKDIR ${path}\` is relative to the base image's working directory: use an absolute path`,
          range: inst.argsRange ?? inst.range
        });
      }
    }
  }
});

// rules/yarn-cache-not-cleaned.ts
var CACHE_DIRS = ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"];
function isYarnInstall(command2) {
  const pkg = packageCommand(command2);
  if (pkg?.manager !== "yarn") return false;
  if (command2.positionals.length === 0) return !hasFlag(command2, "--version", "-v", "-V", "--help", "-h");
  return command2.positionals[0]?.value === "install";
}
function cleansCache(command2, run2) {
  const pkg = packageCommand(command2);
  if (pkg?.manager === "yarn" && command2.positionals[0]?.value === "cache" && command2.positionals[1]?.value === "clean") return true;
  const configured = run2.scope.get("YARN_CACHE_FOLDER")?.value;
  return [...CACHE_DIRS, ...configured ? [configured] : []].some((dir) => removesDirectory(command2, dir, run2));
}
function cacheMounted2(command2, run2) {
  const flag = command2.flags.find((f) => f.name === "--cache-folder")?.value;
  const folder = (flag ? resolveWord(run2, flag) : run2.scope.get("YARN_CACHE_FOLDER")?.value)?.replace(/\/+$/, "");
  return cacheMountTargets(run2).some((target) => /yarn/i.test(target) || folder != null && (folder === target || folder.startsWith(target + "/")));
}
var yarn_cache_not_cleaned_default = defineRule({
  id: "yarn-cache-not-cleaned",
  aliases: ["DL3060"],
  severity: "info",
  category: "size",
  docs: {
    summary: "`yarn install` without `yarn cache clean` in the same RUN",
    details: `Flags \`yarn install\` (or a bare \`yarn\`, which installs; \`yarn --version\` and \`yarn --help\` do not) when the same RUN does not run
\`yarn cache clean\` afterwards or remove the yarn cache directory (\`/usr/local/share/.cache/yarn\`, the folder set
by \`YARN_CACHE_FOLDER\`). Quiet when a cache or tmpfs mount covers the yarn cache
(\`--mount=type=cache,target=/usr/local/share/.cache/yarn\`, or on the folder given by \`--cache-folder\` or
\`YARN_CACHE_FOLDER\`).`,
    why: `Clean caches in the same layer. yarn keeps a copy of every package it downloads in its global cache; in
an image that copy often weighs more than \`node_modules\` itself. A file deleted in a later RUN still ships in
the earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile`,
    good: `FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean`,
    notes: `A cache clean before the install does not count. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      const commands = commandsOf(run2);
      for (const [i, command2] of commands.entries()) {
        if (!isYarnInstall(command2) || cacheMounted2(command2, run2)) continue;
        if (commands.slice(i + 1).some((c) => cleansCache(c, run2))) continue;
        report({
          message: `\`${command2.positionals.length ? "yarn install" : "yarn"}\` leaves the downloaded packages in the yarn cache in this layer; add \`yarn cache clean\` to this RUN`,
          range: command2.range
        });
        break;
      }
    }
  }
});

// rules/yum-cache-not-cleaned.ts
var MANAGERS4 = /* @__PURE__ */ new Set(["yum"]);
var CACHES2 = ["/var/cache/yum", "/var/cache/dnf"];
var yum_cache_not_cleaned_default = defineRule({
  id: "yum-cache-not-cleaned",
  aliases: ["DL3032"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`yum install` without `yum clean all` in the same RUN",
    details: `Flags a RUN that installs with \`yum\` (\`install\`, \`groupinstall\`, \`localinstall\`, \`reinstall\`,
\`group install\`, \`module install\`) and does not empty yum's cache after its last install in the same RUN:
\`yum clean all\` (or \`dnf clean all\`), or a removal of \`/var/cache/yum\` (\`rm -rf /var/cache/yum\`,
\`/var/cache/yum/*\`, \`/var/cache/dnf\` on distributions where yum is dnf). The finding is on the last install.`,
    why: `Clean caches in the same layer. yum keeps the repository metadata it downloaded, often more than a hundred
megabytes, in /var/cache/yum. Each RUN is a layer, and a file deleted in a later RUN still ships in the earlier
layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM centos:7
RUN yum install -y httpd-2.4.6`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all && rm -rf /var/cache/yum`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/yum (or /var/cache/dnf) keeps the cache out of the
layer and silences the rule. A clean before the install does not count. Exec-form RUNs and non-POSIX shells
are not read. dnf and microdnf have their own rule (dnf-cache-not-cleaned, DL3040).`
  },
  check({ file, report }) {
    const installs2 = (command2) => isInstall(command2, MANAGERS4);
    const cleaned = (command2, run2) => cleans(command2, run2, CACHES2);
    for (const install2 of uncleanedInstalls(file, CACHES2, installs2, cleaned)) {
      const first = install2.positionals[0]?.value ?? "";
      const sub = first.endsWith("install") ? first : `${first} install`;
      report({ message: `\`${install2.name} ${sub}\` leaves its cache in this layer; add \`yum clean all\` to this RUN`, range: install2.range });
    }
  }
});

// rules/yum-install-without-yes.ts
var yum_install_without_yes_default = defineRule({
  id: "yum-install-without-yes",
  aliases: ["DL3030"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`yum install` (or another changing yum command) without `-y`",
    details: `Flags a \`yum\` command that asks for confirmation, \`install\` above all, run without \`-y\` or
\`--assumeyes\` (\`--setopt=assumeyes=1\` also counts). Besides \`install\` the rule knows \`groupinstall\`,
\`localinstall\`, \`reinstall\`, \`remove\`/\`erase\`, \`update\`/\`upgrade\`, \`downgrade\`, \`distro-sync\`,
\`autoremove\`, \`swap\` and \`group\`/\`module\` \`install\`, \`remove\`, \`enable\`...`,
    why: `A build has no one to answer yum's "Is this ok [y/N]" prompt: without a terminal yum reads no answer
and stops with "Exiting on user command", failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`,
    notes: `hadolint checks \`install\`, \`groupinstall\` and \`localinstall\` only; every command that prompts is
checked here, since all of them fail the same way. dnf and microdnf have their own rule
(dnf-install-without-yes, DL3038). Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "yum") continue;
        const sub = promptingSubcommand(command2);
        if (!sub || assumesYes2(command2)) continue;
        report({ message: `\`yum ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``, range: command2.range });
      }
    }
  }
});

// rules/yum-package-not-pinned.ts
var MANAGERS5 = /* @__PURE__ */ new Set(["yum"]);
var INSTALLS2 = /* @__PURE__ */ new Set(["install"]);
var yum_package_not_pinned_default = defineRule({
  id: "yum-package-not-pinned",
  aliases: ["DL3033"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`yum install` of a package without a version",
    details: `Flags each package of a \`yum install\` that names no version: a version is the last dash-separated
part of the name starting with a digit (\`httpd-2.4.6\`, \`httpd-2.4.6-97.el7\`, \`nodejs-18.*\`, \`name-1:2.0\`).
For \`yum module install\` a module needs its stream: \`nodejs:18\`, not \`nodejs\`. ARG and ENV values are resolved,
so \`yum install -y $PKG\` is checked against PKG's value.`,
    why: `Pin versions. \`yum install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM centos:7
RUN yum install -y httpd && yum clean all`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), groups and modules written \`@name\`,
capabilities such as \`perl(JSON)\`, words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value), and
values of options that take one (\`--enablerepo epel\`). hadolint accepts any name containing a dash, so it misses
\`python3-pip\` or \`java-17-openjdk\`; here the part after the last dash must be a version. dnf and microdnf have
their own rule (dnf-package-not-pinned, DL3041). Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const finding of unpinnedPackages(file, MANAGERS5, INSTALLS2)) report(finding);
  }
});

// rules/zypper-cache-not-cleaned.ts
var CACHE2 = "/var/cache/zypp";
var INSTALLS3 = /* @__PURE__ */ new Set(["install", "in", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup"]);
function isInstall2(command2) {
  return command2.name === "zypper" && INSTALLS3.has(command2.positionals[0]?.value ?? "");
}
function cleans2(command2, run2) {
  if (command2.name === "zypper") {
    const sub = command2.positionals[0]?.value;
    return sub === "clean" || sub === "cc";
  }
  return removesDirectory(command2, CACHE2, run2);
}
var zypper_cache_not_cleaned_default = defineRule({
  id: "zypper-cache-not-cleaned",
  aliases: ["DL3036"],
  severity: "warning",
  category: "size",
  docs: {
    summary: "`zypper install` without `zypper clean` in the same RUN",
    details: `Flags a RUN that installs with \`zypper\` (\`install\`/\`in\`, \`source-install\`, \`patch\`, \`update\`,
\`dist-upgrade\`) and does not empty zypper's cache after its last install in the same RUN: \`zypper clean\`
(\`zypper cc\`, with any options such as \`-a\`) or a removal of \`/var/cache/zypp\` (\`rm -rf /var/cache/zypp/*\`).
The finding is on the last install.`,
    why: `Clean caches in the same layer. zypper keeps repository metadata and, depending on the repository,
downloaded packages in /var/cache/zypp. Each RUN is a layer, and a file deleted in a later RUN still ships in
the earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean --all`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/zypp keeps the cache out of the layer and silences
the rule. A clean before the install does not count. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const install2 of uncleanedInstalls(file, [CACHE2], isInstall2, cleans2)) {
      const sub = install2.positionals[0]?.value ?? "install";
      report({ message: `\`zypper ${sub}\` leaves its cache in this layer; add \`zypper clean\` to this RUN`, range: install2.range });
    }
  }
});

// rules/zypper-dist-upgrade.ts
var zypper_dist_upgrade_default = defineRule({
  id: "zypper-dist-upgrade",
  aliases: ["DL3035"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`zypper dist-upgrade` in a RUN",
    details: `Flags \`zypper dist-upgrade\` and its short form \`zypper dup\`.`,
    why: `A distribution upgrade inside an image build swaps the base image's release for whatever the repositories
offer on the day of the build: the image no longer matches its FROM line, builds stop being reproducible, and
the layer carries a second copy of most of the system. Pick a newer base image instead, and install the few
packages you need with \`zypper install\`.`,
    bad: `FROM opensuse/leap:15.5
RUN zypper -n dist-upgrade && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean`,
    notes: `Moving to a newer release is what a newer base image is for. Tumbleweed images are rolling releases
where \`dup\` is the usual way to update; write \`# hadolint ignore=DL3035\` (or disable the rule) there if you mean
it. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "zypper") continue;
        const sub = command2.positionals[0]?.value ?? "";
        if (sub !== "dist-upgrade" && sub !== "dup") continue;
        report({ message: `Do not use \`zypper ${sub}\`: build from a newer base image instead`, range: command2.range });
      }
    }
  }
});

// rules/zypper-package-not-pinned.ts
function pinned5(spec) {
  if (/\.rpm$/i.test(spec) || spec.includes("/") || spec.includes("(")) return true;
  if (/^(pattern|patch|product|srcpackage|application):/.test(spec)) return true;
  if (spec.startsWith("!") || spec.startsWith("~")) return true;
  return /[=<>]/.test(spec) || /-(\d+:)?\d[^-]*$/.test(spec);
}
var zypper_package_not_pinned_default = defineRule({
  id: "zypper-package-not-pinned",
  aliases: ["DL3037"],
  severity: "warning",
  category: "maintainability",
  docs: {
    summary: "`zypper install` of a package without a version",
    details: `Flags each package of a \`zypper install\` (\`zypper in\`) that names no version: \`name=1.2\`,
\`name>=1.2\`, \`name<2\` and \`name-1.2\` (the last dash-separated part starting with a digit) all name one. ARG and
ENV values are resolved, so \`zypper in -y $PKG\` is checked against PKG's value.`,
    why: `Pin versions. \`zypper install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper -n install httpd && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install httpd=2.4.58 && zypper clean`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), patterns, patches and products
(\`-t pattern devel_basis\`, \`pattern:devel_basis\`), capabilities such as \`perl(JSON)\`, \`!name\`/\`~name\` (removals),
words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value) and values of options that take one
(\`--from repo\`, \`-r repo\`). hadolint knows only the comparison operators; zypper also reads \`name-version\`,
so that counts as pinned here. Exec-form RUNs and non-POSIX shells are not read.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "zypper") continue;
        const sub = command2.positionals[0]?.value ?? "";
        if (sub !== "install" && sub !== "in") continue;
        const kind = flagValue(command2, "-t", "--type");
        if (kind && kind !== "package") continue;
        for (const word of command2.positionals.slice(1)) {
          for (const spec of wordValues(word, run2) ?? []) {
            if (pinned5(spec)) continue;
            report({ message: `\`zypper ${sub}\` of \`${spec}\` without a version; pin it: \`${spec}=<version>\``, range: word.range });
          }
        }
      }
    }
  }
});

// rules/zypper-without-non-interactive.ts
var PROMPTING2 = /* @__PURE__ */ new Set([
  "install",
  "in",
  "remove",
  "rm",
  "source-install",
  "si",
  "patch",
  "update",
  "up",
  "dist-upgrade",
  "dup",
  "install-new-recommends",
  "inr"
]);
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.character < b.character;
}
function nonInteractive(command2) {
  const sub = command2.positionals[0].range.start;
  return command2.flags.some(
    (flag) => flag.name === "-y" || flag.name === "--no-confirm" || flag.name === "--non-interactive" || flag.name === "-n" && before(flag.word.range.start, sub)
  );
}
var zypper_without_non_interactive_default = defineRule({
  id: "zypper-without-non-interactive",
  aliases: ["DL3034"],
  severity: "warning",
  category: "correctness",
  docs: {
    summary: "`zypper install` (or another changing zypper command) without a non-interactive flag",
    details: `Flags a \`zypper\` command that asks for confirmation (\`install\`/\`in\`, \`remove\`/\`rm\`,
\`source-install\`/\`si\`, \`patch\`, \`update\`/\`up\`, \`dist-upgrade\`/\`dup\`, \`install-new-recommends\`) run without
the global \`-n\`/\`--non-interactive\` or the command's \`-y\`/\`--no-confirm\`. \`-n\` counts only before the
subcommand: after \`install\` it is \`--name\`, which does not answer prompts.`,
    why: `A build has no one to answer zypper's "Continue? [y/n/v/...? shows all options] (y)" prompt: without a
terminal zypper reads no answer and gives up, failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper install httpd=2.4.58 && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper --non-interactive install httpd=2.4.58 && zypper clean`,
    notes: `hadolint checks \`install\`, \`in\`, \`remove\`, \`rm\`, \`source-install\`, \`si\` and \`patch\`; \`update\`,
\`dist-upgrade\` and \`install-new-recommends\` prompt the same way and are checked too. Exec-form RUNs and
non-POSIX shells are not read. hadolint takes \`-n\` anywhere for the global option; here
\`zypper install -n curl\` is reported, since zypper reads that \`-n\` as \`--name\`.`
  },
  check({ file, report }) {
    for (const run2 of allRuns(file)) {
      for (const command2 of commandsOf(run2)) {
        if (command2.name !== "zypper") continue;
        const sub = command2.positionals[0]?.value ?? "";
        if (!PROMPTING2.has(sub) || nonInteractive(command2)) continue;
        report({
          message: `\`zypper ${sub}\` without \`-n\` stops at its confirmation prompt; add \`--non-interactive\` (\`zypper -n ${sub}\`) or \`-y\``,
          range: command2.range
        });
      }
    }
  }
});

// rules/index.ts
var RULES = [
  add_instead_of_copy_default,
  apk_add_without_no_cache_default,
  apk_package_not_pinned_default,
  apt_install_recommends_default,
  apt_install_without_yes_default,
  apt_instead_of_apt_get_default,
  apt_lists_not_cleaned_default,
  apt_package_not_pinned_default,
  apt_update_without_install_default,
  base_image_latest_tag_default,
  base_image_untagged_default,
  cd_in_run_default,
  cmd_shell_form_default,
  consecutive_run_default,
  copy_before_dependency_install_default,
  copy_from_own_stage_default,
  copy_from_unknown_stage_default,
  copy_ignored_file_default,
  copy_multiple_sources_dest_not_dir_default,
  copy_relative_dest_without_workdir_default,
  copy_then_extract_archive_default,
  copy_whole_stage_filesystem_default,
  data_dir_without_volume_default,
  definition_description_mismatch_default,
  dev_server_cmd_default,
  dnf_cache_not_cleaned_default,
  dnf_install_without_yes_default,
  dnf_package_not_pinned_default,
  duplicate_stage_name_default,
  empty_continuation_line_default,
  env_self_reference_default,
  eol_base_image_default,
  expose_host_mapping_default,
  expose_invalid_port_default,
  expose_protocol_casing_default,
  from_as_casing_mismatch_default,
  from_platform_constant_default,
  gem_not_pinned_default,
  go_package_not_pinned_default,
  inconsistent_instruction_casing_default,
  inline_ignore_comment_default,
  instruction_before_from_default,
  invalid_base_image_platform_default,
  invalid_default_arg_in_from_default,
  invalid_label_key_default,
  label_empty_default,
  label_not_email_default,
  label_not_git_hash_default,
  label_not_in_schema_default,
  label_not_rfc3339_default,
  label_not_semver_default,
  label_not_spdx_default,
  label_not_url_default,
  legacy_key_value_format_default,
  ln_bin_sh_default,
  maintainer_deprecated_default,
  multiple_cmd_default,
  multiple_entrypoint_default,
  multiple_healthcheck_default,
  multiple_processes_default,
  no_healthcheck_default,
  npm_package_not_pinned_default,
  onbuild_trigger_not_allowed_default,
  parse_error_default,
  pip_cache_not_disabled_default,
  pip_package_not_pinned_default,
  pipe_without_pipefail_default,
  pointless_command_in_container_default,
  redundant_target_platform_default,
  removed_pip_option_default,
  required_label_missing_default,
  reserved_stage_name_default,
  runs_as_root_default,
  secret_in_arg_or_env_default,
  server_without_expose_default,
  shellcheck_default,
  sshd_in_container_default,
  stage_name_not_lowercase_default,
  sudo_in_run_default,
  undefined_arg_in_from_default,
  undefined_variable_default,
  untrusted_registry_default,
  user_not_numeric_default,
  useradd_without_no_log_init_default,
  virtualenv_in_container_default,
  wget_and_curl_in_stage_default,
  wget_without_progress_option_default,
  workdir_relative_path_default,
  yarn_cache_not_cleaned_default,
  yum_cache_not_cleaned_default,
  yum_install_without_yes_default,
  yum_package_not_pinned_default,
  zypper_cache_not_cleaned_default,
  zypper_dist_upgrade_default,
  zypper_package_not_pinned_default,
  zypper_without_non_interactive_default
];

// src/lint/registry.ts
var RuleRegistry = class {
  constructor(rules) {
    this.rules = rules;
    for (const rule of rules) {
      this.byName.set(rule.id.toLowerCase(), rule);
      for (const alias of rule.aliases) this.byName.set(alias.toLowerCase(), rule);
    }
  }
  rules;
  byName = /* @__PURE__ */ new Map();
  /** The rule named `name` (id or alias, any case), or undefined. */
  find(name) {
    return this.byName.get(name.trim().toLowerCase());
  }
};

// src/lint/builtin.ts
var registry = new RuleRegistry(RULES);

// src/cli/lint.ts
var DEFAULT_THRESHOLD = "warning";
function registerLint(program2, setExit) {
  program2.command("lint").description("lint Dockerfiles (files, directories, globs, or - for stdin)").argument("[paths...]", "files, directories or globs to lint", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(["tty", "json"]).default("tty")).option("-c, --config <file>", "use this configuration instead of the nearest .whale.yaml").addOption(new Option("-t, --failure-threshold <severity>", "exit 1 when a finding is at least this severe").choices([...THRESHOLDS])).option("--no-color", "never colour the output").option("-q, --quiet", "report only findings that reach the failure threshold").option("--stdin-filename <name>", "the name to report for - (stdin), also used to find its config").addOption(new Option("--fix", "apply the safe fixes to the files, then report what is left").conflicts("fixDryRun")).option("--fix-dry-run", "compute the fixes without writing them (the JSON format includes the fixed text)").option("--build-arg <name=value>", "a build argument, as given to docker build (repeatable); BUILDKIT_DOCKERFILE_CHECK is read too", collect, []).option("--enable-all", "turn on every rule, also those that are off by default").option("--shellcheck", "also run ShellCheck over shell-form RUNs (needs the shellcheck program)").action((paths, options) => {
    setExit(runLint(paths, options));
  });
}
function runLint(paths, options) {
  const explicit = options.config ? loadConfig(options.config, registry) : null;
  const configs = new ConfigResolver(registry, explicit);
  const files = discover(paths);
  if (options.fix && files.includes("-")) throw new UsageError("--fix cannot rewrite standard input; use --fix-dry-run --format json");
  const fix = options.fix ? "write" : options.fixDryRun ? "dry-run" : null;
  const stdin = files.includes("-") ? { text: readStdin(), filename: options.stdinFilename ?? "<stdin>" } : void 0;
  const buildArgs = /* @__PURE__ */ new Map();
  for (const arg of options.buildArg) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new UsageError(`--build-arg ${arg}: expected NAME=VALUE`);
    buildArgs.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  const warn = (message) => process.stderr.write(`whale: ${message}
`);
  let results = lintFiles({
    files,
    registry,
    configs,
    fix,
    buildArgs,
    warn,
    enableAll: options.enableAll === true,
    enable: options.shellcheck ? ["shellcheck"] : [],
    ...stdin ? { stdin } : {}
  });
  const thresholdOf = (result) => options.failureThreshold ?? result.config?.failureThreshold ?? DEFAULT_THRESHOLD;
  const reaches = (result) => {
    const threshold = thresholdOf(result);
    return (severity) => threshold !== "none" && severityRank(severity) <= severityRank(threshold);
  };
  if (options.quiet) {
    results = results.map((result) => ({ ...result, findings: result.findings.filter((f) => reaches(result)(f.severity)) }));
  }
  const fixable = (id) => registry.find(id)?.fixable === true;
  const color = options.color && !process.env["NO_COLOR"] && process.stdout.isTTY === true;
  process.stdout.write(options.format === "json" ? formatJson(results, fixable) : formatTty(results, color));
  const unreadable = results.filter((r) => r.error);
  for (const result of unreadable) process.stderr.write(`whale: ${result.file}: ${result.error}
`);
  if (unreadable.length) return EXIT_USAGE;
  return results.some((result) => result.findings.some((f) => reaches(result)(f.severity))) ? EXIT_FINDINGS : EXIT_OK;
}
function readStdin() {
  try {
    return (0, import_node_fs8.readFileSync)(0, "utf8");
  } catch (error) {
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)})`);
  }
}
function collect(value, previous) {
  return [...previous, value];
}

// src/lint/rule-docs.ts
function ruleMarkdown(rule) {
  const { docs } = rule;
  const lines = [
    `# ${rule.id}`,
    "",
    `${docs.summary}`,
    "",
    `- Severity: ${rule.severity}`,
    `- Category: ${rule.category}`,
    `- Aliases: ${rule.aliases.length ? rule.aliases.map((a) => `\`${a}\``).join(", ") : "none"}`,
    `- Fixable: ${rule.fixable ? "yes (`whale lint --fix`)" : "no"}`,
    `- Enabled by default: ${rule.enabledByDefault === false ? "no (turn it on in `.whale.yaml`)" : "yes"}`,
    "",
    "## What it flags",
    "",
    docs.details.trim(),
    "",
    "## Why",
    "",
    docs.why.trim(),
    "",
    "## Example",
    "",
    ...docs.exampleOptions ? [`With the options \`${JSON.stringify(docs.exampleOptions)}\`:`, ""] : [],
    "```dockerfile",
    docs.bad.trim(),
    "```",
    "",
    "## Use instead",
    "",
    "```dockerfile",
    docs.good.trim(),
    "```",
    ""
  ];
  const options = Object.entries(rule.options ?? {});
  if (options.length) {
    lines.push("## Options", "", "| option | type | default | description |", "|---|---|---|---|");
    for (const [name, spec] of options) lines.push(`| \`${name}\` | ${spec.type} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`);
    lines.push("");
  }
  if (docs.notes) lines.push("## Notes", "", docs.notes.trim(), "");
  return lines.join("\n");
}

// src/cli/rules.ts
var Table = lazy("cli-table3");
function registerRules(program2, setExit) {
  program2.command("rules").description("list the rules, or show the documentation of one rule (by id or alias)").argument("[id]", "a rule id or alias, e.g. apt-lists-not-cleaned or DL3009").addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table")).action((id, options) => {
    if (id !== void 0) {
      const rule = registry.find(id);
      if (!rule) throw new UsageError(`${id}: unknown rule; \`whale rules\` lists them`);
      process.stdout.write(options.format === "json" ? JSON.stringify(summary(rule), null, 2) + "\n" : ruleMarkdown(rule));
    } else if (options.format === "json") {
      process.stdout.write(JSON.stringify(registry.rules.map(summary), null, 2) + "\n");
    } else {
      const table2 = new (Table())({ head: ["rule", "aliases", "severity", "category", "summary"], style: { head: [], border: [] }, wordWrap: true, colWidths: [30, 22, 10, 16, 60] });
      for (const rule of registry.rules) table2.push([rule.id, rule.aliases.join(", "), rule.severity, rule.category, rule.docs.summary]);
      process.stdout.write(table2.toString() + "\n");
    }
    setExit(0);
  });
}
function summary(rule) {
  return { id: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, summary: rule.docs.summary, fixable: rule.fixable === true };
}

// src/cli/image.ts
var import_node_fs12 = require("node:fs");

// src/image/filetree.ts
var MergedTree = class {
  root = { name: "", parent: null, children: /* @__PURE__ */ new Map(), type: "dir", size: 0, layer: -1, implicit: true };
  /** Path -> changes, oldest first; null unless asked for. */
  history;
  onHidden;
  constructor(options = {}) {
    this.history = options.history ? /* @__PURE__ */ new Map() : null;
    this.onHidden = options.onHidden;
  }
  /** Applies one layer on top of the tree. Whiteouts act on the lower layers only, so they go first. */
  applyLayer(layer) {
    const index = layer.index;
    for (const entry of layer.entries) {
      if (entry.path === "") continue;
      if (entry.type === "whiteout") {
        const node2 = this.get(entry.path);
        if (node2) this.remove(node2, entry.path, index, "deleted");
      } else if (entry.type === "opaque") {
        const node2 = this.get(entry.path);
        if (node2?.children) {
          for (const child of [...node2.children.values()]) this.remove(child, `${entry.path}/${child.name}`, index, "opaque");
        }
      }
    }
    for (const entry of layer.entries) {
      if (entry.path === "" || entry.type === "whiteout" || entry.type === "opaque") continue;
      this.add(entry, index);
    }
  }
  /** The present node at a normalised path (`usr/bin/env`), if any. */
  get(path) {
    let node2 = this.root;
    for (const name of path.split("/")) {
      node2 = node2.children?.get(name);
      if (!node2) return void 0;
    }
    return node2;
  }
  /** Present paths and nodes, depth first (parents before children). */
  *walk() {
    const stack = [];
    const push = (prefix, node2) => {
      if (!node2.children) return;
      for (const child of node2.children.values()) stack.push([prefix === "" ? child.name : `${prefix}/${child.name}`, child]);
    };
    push("", this.root);
    while (stack.length > 0) {
      const item = stack.pop();
      yield item;
      push(item[0], item[1]);
    }
  }
  /** Regular files (and hard links, other names of regular files) in the merged filesystem. */
  countFiles() {
    let files = 0;
    for (const [, node2] of this.walk()) if (node2.type === "file" || node2.type === "hardlink") files++;
    return files;
  }
  add(entry, layer) {
    const names = entry.path.split("/");
    let node2 = this.root;
    let path = "";
    for (let i = 0; i < names.length - 1; i++) {
      path = path === "" ? names[i] : `${path}/${names[i]}`;
      node2 = this.parentDir(node2, names[i], path, layer);
    }
    const name = names[names.length - 1];
    const children = node2.children ??= /* @__PURE__ */ new Map();
    const existing = children.get(name);
    if (!existing) {
      children.set(name, makeNode(name, node2, entry, layer));
      this.record(entry.path, layer, "added");
      return;
    }
    this.hide(existing, entry.path, layer, "overwritten");
    if (entry.type !== "dir" && existing.children) {
      for (const child of [...existing.children.values()]) this.remove(child, `${entry.path}/${child.name}`, layer, "overwritten");
      existing.children = null;
    }
    existing.type = entry.type;
    existing.size = entry.size;
    existing.linkTarget = entry.linkTarget;
    existing.layer = layer;
    existing.implicit = false;
    if (entry.type === "dir") existing.children ??= /* @__PURE__ */ new Map();
    this.record(entry.path, layer, "changed");
  }
  // The directory `name` below `parent`, created when absent (extraction creates missing parents), and turned
  // into a directory when a lower layer had something else there.
  parentDir(parent, name, path, layer) {
    const children = parent.children ??= /* @__PURE__ */ new Map();
    let node2 = children.get(name);
    if (!node2) {
      node2 = { name, parent, children: /* @__PURE__ */ new Map(), type: "dir", size: 0, layer, implicit: true };
      children.set(name, node2);
      this.record(path, layer, "added");
    } else if (node2.type !== "dir") {
      this.hide(node2, path, layer, "overwritten");
      node2.type = "dir";
      node2.size = 0;
      node2.linkTarget = void 0;
      node2.layer = layer;
      node2.implicit = true;
      node2.children ??= /* @__PURE__ */ new Map();
      this.record(path, layer, "changed");
    }
    return node2;
  }
  // Removes a node and its subtree: the cost is the subtree's size.
  remove(top, topPath, layer, reason) {
    top.parent?.children?.delete(top.name);
    const stack = [[topPath, top]];
    while (stack.length > 0) {
      const [path, node2] = stack.pop();
      this.hide(node2, path, layer, reason);
      this.record(path, layer, "removed");
      if (node2.children) for (const child of node2.children.values()) stack.push([`${path}/${child.name}`, child]);
    }
  }
  hide(node2, path, by, reason) {
    if (node2.implicit || !this.onHidden) return;
    this.onHidden({ path, type: node2.type, size: node2.size, layer: node2.layer, by, reason });
  }
  record(path, layer, kind) {
    if (!this.history) return;
    let changes = this.history.get(path);
    if (!changes) this.history.set(path, changes = []);
    const last = changes[changes.length - 1];
    if (last && last.layer === layer) {
      if (last.kind === "removed" && kind !== "removed") last.kind = "changed";
      return;
    }
    changes.push({ layer, kind });
  }
};
function makeNode(name, parent, entry, layer) {
  const node2 = {
    name,
    parent,
    children: entry.type === "dir" ? /* @__PURE__ */ new Map() : null,
    type: entry.type,
    size: entry.size,
    layer,
    implicit: false
  };
  if (entry.linkTarget !== void 0) node2.linkTarget = entry.linkTarget;
  return node2;
}
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x >= 55296 && y >= 55296 ? utf8Rank(x) - utf8Rank(y) : x - y;
  }
  return a.length - b.length;
}
function utf8Rank(unit) {
  if (unit < 57344) return unit + 8192;
  return unit - 2048;
}

// src/image/history.ts
var KEYWORDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];
var BUILDKIT_EXPORTER_COMMENT = "buildkit.exporter.image.v0";
function mapHistory(config, layerCount) {
  const layers = [];
  const unmapped = [];
  let pending = [];
  const history = Array.isArray(config.history) ? config.history : [];
  for (const item of history) {
    if (typeof item !== "object" || item === null) continue;
    const entry = item;
    if (entry.empty_layer === true) {
      pending.push(entry);
      continue;
    }
    if (layers.length >= layerCount) {
      unmapped.push(entry);
      continue;
    }
    layers.push({ ...describeEntry(entry), entry, emptyBefore: pending });
    pending = [];
  }
  while (layers.length < layerCount) {
    layers.push({ createdBy: "", instruction: null, keyword: null, emptyBefore: pending });
    pending = [];
  }
  return { layers, trailing: pending, unmapped };
}
function describeEntry(entry) {
  const createdBy = typeof entry.created_by === "string" ? entry.created_by : "";
  if (entry.comment === BUILDKIT_EXPORTER_COMMENT) return { createdBy, instruction: null, keyword: null };
  return { createdBy, ...parseCreatedBy(createdBy) };
}
var KEYWORD_RE = new RegExp(`^(${KEYWORDS.join("|")})(?=\\s|$)`);
var SHELL_RE = /^(?:\S*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)(?:\s+-(?!c\s)\S+(?:\s+(?!-)[^\s/-]\S*)?)*\s+-c(?:\s+|$)|^cmd(?:\.exe)?\s+\/S\s+\/C\s+|^(?:pwsh|powershell)(?:\.exe)?(?:\s+-\S+)*?\s+-Command\s+/i;
var NOP_RE = /^#\(nop\)\s*/;
var BUILDKIT_SUFFIX = " # buildkit";
function parseCreatedBy(createdBy) {
  let text = createdBy.trim();
  if (text === "") return { instruction: null, keyword: null };
  if (text.endsWith(BUILDKIT_SUFFIX)) text = text.slice(0, -BUILDKIT_SUFFIX.length).trim();
  const keyword = KEYWORD_RE.exec(text);
  if (keyword) {
    const name = keyword[1];
    const rest = text.slice(keyword[0].length).trim();
    if (name === "RUN") return run(rest);
    return { instruction: rest === "" ? name : `${name} ${rest}`, keyword: name };
  }
  return run(text);
}
function run(body) {
  let text = body;
  let buildArgs;
  const args = /^\|(\d+)(?:\s+|$)/.exec(text);
  if (args) {
    const parsed = takeBuildArgs(text.slice(args[0].length), Number(args[1]));
    buildArgs = parsed.args;
    text = parsed.rest;
  }
  const shell = SHELL_RE.exec(text);
  if (shell) {
    text = text.slice(shell[0].length);
    const nop = NOP_RE.exec(text);
    if (nop) {
      const inner = text.slice(nop[0].length).trim();
      const keyword = KEYWORD_RE.exec(inner);
      if (keyword) {
        const name = keyword[1];
        const rest = inner.slice(keyword[0].length).trim();
        return { instruction: rest === "" ? name : `${name} ${rest}`, keyword: name, ...buildArgs ? { buildArgs } : {} };
      }
      return { instruction: null, keyword: null };
    }
  }
  text = text.trim();
  if (text === "") return { instruction: "RUN", keyword: "RUN", ...buildArgs ? { buildArgs } : {} };
  return { instruction: `RUN ${text}`, keyword: "RUN", ...buildArgs ? { buildArgs } : {} };
}
function takeBuildArgs(text, count) {
  const args = {};
  let shellAt = -1;
  for (const match of text.matchAll(/(?:^|\s)(?=\S)/g)) {
    const at = match.index + match[0].length;
    if (SHELL_RE.test(text.slice(at))) {
      shellAt = at;
      break;
    }
  }
  const words2 = (shellAt >= 0 ? text.slice(0, shellAt) : text).split(/\s+/).filter((word) => word !== "");
  let last = null;
  let used = 0;
  for (const word of words2) {
    const pair = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
    if (shellAt < 0 && Object.keys(args).length >= count) break;
    if (pair) {
      args[pair[1]] = pair[2];
      last = pair[1];
    } else if (last !== null && shellAt >= 0) {
      args[last] += " " + word;
    } else {
      break;
    }
    used++;
  }
  if (shellAt >= 0) return { args, rest: text.slice(shellAt) };
  let rest = text.trimStart();
  for (let i = 0; i < used; i++) rest = rest.replace(/^\S+\s*/, "");
  return { args, rest };
}

// src/image/analysis.ts
function analyze(image, options = {}) {
  const history = mapHistory(image.config, image.layers.length);
  const layers = image.layers.map((layer, i) => describeLayer(layer.entries, layer.index, layer.digest, layer.diffId, history.layers[i]));
  const sizeBytes = layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
  const userSizeBytes = sizeBytes - (layers[0]?.sizeBytes ?? 0);
  const dive = diveEfficiency(image.layers.map((layer) => layer.entries));
  const wastedBytes = dive.inefficientFiles.reduce((sum, file) => sum + file.sizeBytes, 0);
  const reclaimable = [];
  const tree = new MergedTree({
    history: options.tree === true,
    onHidden: (version2) => {
      if (version2.type === "file" && version2.size > 0) {
        reclaimable.push({ path: `/${version2.path}`, bytes: version2.size, reason: reasonText(version2.reason, version2.by), layer: version2.layer });
      }
    }
  });
  image.layers.forEach((layer, i) => tree.applyLayer({ index: i, entries: layer.entries }));
  dropLinkedBodies(reclaimable, image.layers.map((layer) => layer.entries), tree);
  reclaimable.sort((a, b) => b.bytes - a.bytes || a.layer - b.layer || compareUtf8(a.path, b.path));
  const result = {
    reference: image.reference,
    digest: image.digest,
    platform: image.platform,
    sizeBytes,
    userSizeBytes,
    wastedBytes,
    wastedUserPercent: userSizeBytes === 0 ? null : wastedBytes / userSizeBytes,
    efficiency: dive.efficiency,
    reclaimableBytes: reclaimable.reduce((sum, file) => sum + file.bytes, 0),
    files: tree.countFiles(),
    layers,
    inefficientFiles: dive.inefficientFiles,
    reclaimable
  };
  if (options.tree) result.tree = tree;
  return result;
}
function dropLinkedBodies(reclaimable, layers, tree) {
  const links = /* @__PURE__ */ new Map();
  layers.forEach((entries, layer) => {
    for (const entry of entries) {
      if (entry.type !== "hardlink" || entry.linkTarget === void 0) continue;
      const key = `${layer}:${entry.linkTarget.replace(/^(\.?\/)+/, "")}`;
      const paths = links.get(key);
      if (paths) paths.push(entry.path);
      else links.set(key, [entry.path]);
    }
  });
  if (links.size === 0) return;
  let kept = 0;
  for (const file of reclaimable) {
    const paths = links.get(`${file.layer}:${file.path.slice(1)}`);
    const linked = paths?.some((path) => {
      const node2 = tree.get(path);
      return node2 !== void 0 && node2.type === "hardlink" && node2.layer === file.layer;
    });
    if (!linked) reclaimable[kept++] = file;
  }
  reclaimable.length = kept;
}
function describeLayer(entries, index, digest, diffId, history) {
  let sizeBytes = 0;
  for (const entry of entries) sizeBytes += entry.size;
  return {
    index,
    digest,
    diffId,
    sizeBytes,
    entries: entries.length,
    createdBy: history?.createdBy ?? "",
    instruction: history?.instruction ?? null,
    keyword: history?.keyword ?? null,
    emptyBefore: history?.emptyBefore ?? []
  };
}
function reasonText(reason, layer) {
  switch (reason) {
    case "overwritten":
      return `overwritten in layer ${layer}`;
    case "deleted":
      return `deleted in layer ${layer}`;
    case "opaque":
      return `hidden by an opaque directory in layer ${layer}`;
  }
}
var WHITEOUT_PREFIX = ".wh.";
var DOUBLE_WHITEOUT_PREFIX = ".wh..wh.";
function diveEfficiency(layers) {
  const stats = /* @__PURE__ */ new Map();
  let stacked = null;
  for (let k = 0; k < layers.length; k++) {
    const tree = layerTree(layers[k]);
    stacked ??= copyTree(tree);
    visitLayer(tree, stacked, stats);
    stackLayer(stacked, tree);
  }
  let smallest = 0;
  let total = 0;
  const inefficientFiles = [];
  for (const [path, stat2] of stats) {
    smallest += stat2.min;
    total += stat2.sum;
    if (stat2.count >= 2) inefficientFiles.push({ path, count: stat2.count, sizeBytes: stat2.sum });
  }
  inefficientFiles.sort((a, b) => b.sizeBytes - a.sizeBytes || compareUtf8(a.path, b.path));
  return { efficiency: total === 0 ? 1 : smallest / total, inefficientFiles };
}
function newNode() {
  return { children: null, sorted: null, isDir: false, size: 0 };
}
function layerTree(entries) {
  const root = newNode();
  for (const entry of entries) {
    if (entry.type === "opaque" || entry.path === "") continue;
    const names = entry.path.split("/");
    if (entry.type === "whiteout") names[names.length - 1] = WHITEOUT_PREFIX + names[names.length - 1];
    if (names.some((name) => name.startsWith(DOUBLE_WHITEOUT_PREFIX))) continue;
    let node2 = root;
    for (const name of names) {
      const children = node2.children ??= /* @__PURE__ */ new Map();
      let child = children.get(name);
      if (!child) children.set(name, child = newNode());
      node2 = child;
    }
    node2.isDir = entry.type === "dir";
    node2.size = entry.size;
  }
  return root;
}
function sortedNames(node2) {
  if (!node2.children) return [];
  return node2.sorted ??= [...node2.children.keys()].sort(compareUtf8);
}
function copyTree(node2) {
  const copy2 = { children: null, sorted: null, isDir: node2.isDir, size: node2.size };
  if (node2.children) {
    copy2.children = /* @__PURE__ */ new Map();
    for (const [name, child] of node2.children) copy2.children.set(name, copyTree(child));
  }
  return copy2;
}
function visitLayer(tree, stacked, stats) {
  const names = [];
  const visit = (node2, path) => {
    if (node2.children && node2.children.size > 0) {
      for (const name2 of sortedNames(node2)) {
        names.push(name2);
        const go2 = visit(node2.children.get(name2), `${path}/${name2}`);
        names.pop();
        if (!go2) return false;
      }
      return true;
    }
    if (names.length === 0) return true;
    const name = names[names.length - 1];
    const whiteout = name.startsWith(WHITEOUT_PREFIX);
    const key = whiteout ? path.slice(0, path.length - name.length) + name.slice(WHITEOUT_PREFIX.length) : path;
    let stat2 = stats.get(key);
    if (!stat2) stats.set(key, stat2 = { sum: 0, min: -1, count: 0 });
    let size = node2.size;
    if (whiteout) {
      const below = lookup(stacked, names, name.slice(WHITEOUT_PREFIX.length));
      if (!below) return false;
      size = below.isDir ? subtreeSize(below) : 0;
    }
    stat2.sum += size;
    if (stat2.min < 0 || size < stat2.min) stat2.min = size;
    stat2.count++;
    return true;
  };
  visit(tree, "");
}
function lookup(root, names, last) {
  let node2 = root;
  for (let i = 0; i < names.length - 1 && node2; i++) node2 = node2.children?.get(names[i]);
  return node2?.children?.get(last);
}
function subtreeSize(top) {
  let size = 0;
  const stack = [top];
  while (stack.length > 0) {
    const node2 = stack.pop();
    size += node2.size;
    if (node2.children) for (const child of node2.children.values()) stack.push(child);
  }
  return size;
}
function stackLayer(stacked, tree) {
  const graft = (upper, target) => {
    for (const name of sortedNames(upper)) {
      const child = upper.children.get(name);
      const whiteout = name.startsWith(WHITEOUT_PREFIX);
      const children = target.children ??= /* @__PURE__ */ new Map();
      let node2 = children.get(name);
      if (!node2 && (!whiteout || child.children)) children.set(name, node2 = newNode());
      if (node2 && child.children) graft(child, node2);
      if (whiteout) {
        children.delete(name.slice(WHITEOUT_PREFIX.length));
        continue;
      }
      node2 = node2;
      node2.isDir = child.isDir;
      node2.size = child.size;
    }
  };
  graft(tree, stacked);
}

// src/image/source.ts
var import_node_fs11 = require("node:fs");

// src/image/sources/docker-archive.ts
var import_node_crypto3 = require("node:crypto");
var import_node_fs10 = require("node:fs");
var import_node_stream = require("node:stream");
var import_promises2 = require("node:stream/promises");
var import_node_zlib2 = require("node:zlib");
var import_tar_stream = __toESM(require_tar_stream());

// src/image/layers.ts
var import_node_crypto = require("node:crypto");
var import_node_zlib = require("node:zlib");

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/image/layers.ts
var MAX_ENTRY_SIZE = 2 ** 40;
var MAX_META_SIZE = 1 << 20;
async function summarizeLayer(input, options) {
  const label = options.label ?? `layer ${options.index}`;
  const blobHash = (0, import_node_crypto.createHash)("sha256");
  const diffHash = (0, import_node_crypto.createHash)("sha256");
  const walker = new TarWalker(label);
  const sink = (data) => {
    if (walker.error) return;
    diffHash.update(data);
    walker.write(data);
  };
  let compression = null;
  let decoder = null;
  let head = [];
  let headLength = 0;
  let blobSize = 0;
  const start = (data) => {
    compression = detectCompression(data, label);
    decoder = makeDecoder(compression, sink, label);
    return decoder;
  };
  try {
    for await (const raw of input) {
      const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      if (chunk.length === 0) continue;
      if (compression !== "none") blobHash.update(chunk);
      blobSize += chunk.length;
      options.onBytes?.(chunk.length);
      if (decoder === null) {
        head.push(chunk);
        headLength += chunk.length;
        if (headLength < 6) continue;
        const first = Buffer.concat(head);
        head = [];
        await start(first).write(first);
      } else {
        await decoder.write(chunk);
      }
      if (walker.error) throw walker.error;
    }
    let last = decoder;
    if (last === null) {
      const first = Buffer.concat(head);
      last = start(first);
      if (first.length > 0) await last.write(first);
    }
    await last.end();
    if (walker.error) throw walker.error;
    walker.end();
  } catch (error) {
    decoder?.destroy();
    throw asUsageError(error, label);
  }
  const diffId = `sha256:${diffHash.digest("hex")}`;
  checkDiffId(diffId, options.expectedDiffId, label);
  const storedDigest = compression === "none" ? diffId : `sha256:${blobHash.digest("hex")}`;
  if (options.digest?.startsWith("sha256:") && options.digest !== storedDigest) {
    throw new UsageError(`${label}: blob digest mismatch: expected ${options.digest}, got ${storedDigest}`);
  }
  const finalCompression = compression ?? "none";
  return {
    index: options.index,
    digest: options.digest ?? (finalCompression === "none" ? diffId : storedDigest),
    diffId,
    mediaType: options.mediaType ?? null,
    compression: finalCompression,
    blobSize: options.blobSize ?? blobSize,
    entries: walker.entries
  };
}
function checkDiffId(actual, expected, label) {
  if (expected !== void 0 && expected !== actual) {
    throw new UsageError(`${label}: diff_id mismatch: the config says ${expected}, the layer's content is ${actual}`);
  }
}
function detectCompression(head, label) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  if (head.length >= 3 && head[0] === 66 && head[1] === 90 && head[2] === 104) {
    throw new UsageError(`${label}: bzip2-compressed layers are not supported`);
  }
  if (head.length >= 6 && head[0] === 253 && head[1] === 55 && head[2] === 122 && head[3] === 88) {
    throw new UsageError(`${label}: xz-compressed layers are not supported`);
  }
  return "none";
}
function drained(stream) {
  return new Promise((resolve2) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      resolve2();
    };
    stream.on("drain", done);
    stream.on("error", done);
    stream.on("close", done);
  });
}
var DECODE_CHUNK = 256 * 1024;
var READ_CHUNK = 1024 * 1024;
function makeDecoder(compression, sink, label) {
  if (compression === "gzip") {
    const gunzip = (0, import_node_zlib.createGunzip)({ chunkSize: DECODE_CHUNK });
    let failure = null;
    gunzip.on("data", (data) => sink(data));
    gunzip.on("error", (error) => {
      failure = error;
    });
    const fail = () => {
      if (failure) throw new UsageError(`${label}: corrupt gzip data (${failure.message})`);
    };
    return {
      async write(chunk) {
        fail();
        if (!gunzip.write(chunk)) await drained(gunzip);
        fail();
      },
      async end() {
        fail();
        gunzip.end();
        await new Promise((resolve2) => {
          if (gunzip.readableEnded || failure) return resolve2();
          gunzip.once("end", resolve2);
          gunzip.once("error", () => resolve2());
          gunzip.once("close", () => resolve2());
        });
        fail();
      },
      destroy() {
        gunzip.destroy();
      }
    };
  }
  if (compression === "zstd") {
    const zstd = new Decompress((data) => sink(data));
    const push = (chunk, final) => {
      try {
        zstd.push(chunk, final);
      } catch (error) {
        throw new UsageError(`${label}: corrupt zstd data (${zstdReason(error)})`);
      }
    };
    return {
      async write(chunk) {
        push(chunk, false);
      },
      async end() {
        push(new Uint8Array(0), true);
      },
      destroy() {
      }
    };
  }
  return {
    async write(chunk) {
      sink(chunk);
    },
    async end() {
    },
    destroy() {
    }
  };
}
function zstdReason(error) {
  const code = error.code;
  if (code === 5) return "unexpected end of data";
  return error instanceof Error ? error.message : String(error);
}
function asUsageError(error, label) {
  if (error instanceof UsageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UsageError(`${label}: cannot read the layer (${message})`);
}
var TarWalker = class {
  constructor(label) {
    this.label = label;
  }
  label;
  entries = [];
  error = null;
  state = "header";
  block = Buffer.alloc(512);
  blockFill = 0;
  /** Bytes of body (plus padding) still to skip. */
  skip = 0;
  /** A PAX or GNU long-name record being collected. */
  meta = [];
  metaLeft = 0;
  metaPadding = 0;
  metaKind = "";
  offset = 0;
  zeroBlocks = 0;
  pax = {};
  longName = null;
  longLink = null;
  write(data) {
    let at = 0;
    try {
      while (at < data.length && this.state !== "done") {
        if (this.state === "body") {
          const n2 = Math.min(this.skip, data.length - at);
          this.skip -= n2;
          at += n2;
          this.offset += n2;
          if (this.skip === 0) this.state = "header";
          continue;
        }
        if (this.state === "meta") {
          const n2 = Math.min(this.metaLeft, data.length - at);
          this.meta.push(Buffer.from(data.subarray(at, at + n2)));
          this.metaLeft -= n2;
          at += n2;
          this.offset += n2;
          if (this.metaLeft === 0) {
            this.finishMeta();
            this.skip = this.metaPadding;
            this.state = this.skip > 0 ? "body" : "header";
          }
          continue;
        }
        const n = Math.min(512 - this.blockFill, data.length - at);
        this.block.set(data.subarray(at, at + n), this.blockFill);
        this.blockFill += n;
        at += n;
        this.offset += n;
        if (this.blockFill < 512) continue;
        this.blockFill = 0;
        if (this.state === "sparse") {
          if (this.block[504] === 0) this.enterBody();
          continue;
        }
        this.onHeaderBlock();
      }
    } catch (error) {
      this.error = error instanceof UsageError ? error : new UsageError(`${this.label}: ${String(error)}`);
      this.state = "done";
    }
  }
  /** Called at the end of the uncompressed stream. */
  end() {
    if (this.error) throw this.error;
    if (this.state === "done") return;
    if (this.state === "header" && this.blockFill === 0 && this.skip === 0) return;
    throw new UsageError(`${this.label}: the layer's tar data is truncated (it ends at byte ${this.offset})`);
  }
  pendingSize = 0;
  pendingPadding = 0;
  enterBody() {
    this.skip = this.pendingSize + this.pendingPadding;
    this.state = this.skip > 0 ? "body" : "header";
  }
  onHeaderBlock() {
    const block = this.block;
    if (isZero(block)) {
      this.zeroBlocks += 1;
      if (this.zeroBlocks >= 2) this.state = "done";
      return;
    }
    if (this.zeroBlocks > 0) {
      throw new UsageError(`${this.label}: corrupt tar data (a header follows a single zero block at byte ${this.offset - 512})`);
    }
    const header = this.parseHeader(block);
    const padding = (512 - header.size % 512) % 512;
    switch (header.typeflag) {
      case "x":
      case "g":
      case "L":
      case "K": {
        if (header.size > MAX_META_SIZE) {
          throw new UsageError(`${this.label}: corrupt tar data (a ${header.size}-byte metadata record at byte ${this.offset - 512})`);
        }
        this.metaKind = header.typeflag;
        this.meta = [];
        this.metaLeft = header.size;
        this.metaPadding = padding;
        if (header.size === 0) this.finishMeta();
        this.state = header.size > 0 ? "meta" : "header";
        return;
      }
      default:
        break;
    }
    this.addEntry(header);
    const bodyless = ["1", "2", "3", "4", "5", "6"].includes(header.typeflag);
    this.pendingSize = bodyless ? 0 : header.size;
    this.pendingPadding = bodyless ? 0 : padding;
    if (header.typeflag === "S" && block[482] !== 0) {
      this.state = "sparse";
      return;
    }
    this.enterBody();
  }
  finishMeta() {
    const data = Buffer.concat(this.meta);
    this.meta = [];
    if (this.metaKind === "x") this.pax = parsePax(data, this.label);
    else if (this.metaKind === "L") this.longName = cString(data);
    else if (this.metaKind === "K") this.longLink = cString(data);
  }
  parseHeader(block) {
    const checksum = parseNumber(block, 148, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
      const byte = i >= 148 && i < 156 ? 32 : block[i];
      unsigned += byte;
      signed += byte > 127 ? byte - 256 : byte;
    }
    if (checksum !== unsigned && checksum !== signed) {
      throw new UsageError(
        `${this.label}: not a valid tar stream (bad header checksum at byte ${this.offset - 512})`
      );
    }
    const typeflag = block[156] === 0 ? "0" : String.fromCharCode(block[156]);
    let name = cString(block.subarray(0, 100));
    const magic = block.subarray(257, 263).toString("latin1");
    if (magic === "ustar\0") {
      const prefix = cString(block.subarray(345, 500));
      if (prefix) name = `${prefix}/${name}`;
    }
    let size = parseNumber(block, 124, 12);
    let linkname = cString(block.subarray(157, 257));
    let uid = parseNumber(block, 108, 8);
    let gid = parseNumber(block, 116, 8);
    const mode = parseNumber(block, 100, 8);
    if (typeflag !== "x" && typeflag !== "g" && typeflag !== "L" && typeflag !== "K") {
      if (this.longName !== null) name = this.longName;
      if (this.longLink !== null) linkname = this.longLink;
      const pax = this.pax;
      if (pax.path !== void 0) name = pax.path;
      if (pax.linkpath !== void 0) linkname = pax.linkpath;
      if (pax.size !== void 0) size = Number(pax.size);
      if (pax.uid !== void 0) uid = Number(pax.uid);
      if (pax.gid !== void 0) gid = Number(pax.gid);
      this.pax = {};
      this.longName = null;
      this.longLink = null;
    }
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_ENTRY_SIZE) {
      throw new UsageError(`${this.label}: entry ${JSON.stringify(name)} declares an absurd size (${size} bytes)`);
    }
    return { name, linkname, typeflag, size, mode, uid: Number.isFinite(uid) ? uid : 0, gid: Number.isFinite(gid) ? gid : 0 };
  }
  addEntry(header) {
    const path = normalizePath(header.name, this.label);
    if (path === "") return;
    let type = entryType(header.typeflag);
    let entryPath = path;
    const slash = path.lastIndexOf("/");
    const base = path.slice(slash + 1);
    const dir = slash < 0 ? "" : path.slice(0, slash);
    if (base === ".wh..wh..opq") {
      type = "opaque";
      entryPath = dir;
    } else if (base.startsWith(".wh..wh.")) {
      type = "other";
    } else if (base.startsWith(".wh.")) {
      type = "whiteout";
      entryPath = dir === "" ? base.slice(4) : `${dir}/${base.slice(4)}`;
    }
    const entry = {
      path: entryPath,
      type,
      size: type === "file" ? header.size : 0,
      mode: header.mode & 4095,
      uid: header.uid,
      gid: header.gid
    };
    if (type === "symlink" || type === "hardlink") entry.linkTarget = header.linkname;
    this.entries.push(entry);
  }
};
function entryType(typeflag) {
  switch (typeflag) {
    case "0":
    case "7":
      return "file";
    case "1":
      return "hardlink";
    case "2":
      return "symlink";
    case "5":
      return "dir";
    default:
      return "other";
  }
}
function normalizePath(name, label) {
  const parts = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) throw new UsageError(`${label}: entry ${JSON.stringify(name)} escapes the root with ".."`);
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  return parts.join("/");
}
function isZero(block) {
  for (let i = 0; i < 512; i += 1) if (block[i] !== 0) return false;
  return true;
}
function cString(data) {
  const end = data.indexOf(0);
  return data.subarray(0, end < 0 ? data.length : end).toString("utf8");
}
function parseNumber(block, start, length) {
  const first = block[start];
  if (first & 128) {
    const negative = (first & 64) !== 0;
    let value = negative ? -1 : first & 127;
    if (negative) value = (first & 127) - 128;
    for (let i = start + 1; i < start + length; i += 1) value = value * 256 + block[i];
    return value;
  }
  const text = block.subarray(start, start + length).toString("latin1").replace(/[\0 ]+$/g, "").replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}
function parsePax(data, label) {
  const records = {};
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    const space = data.indexOf(32, at);
    const length = space < 0 ? Number.NaN : Number(data.subarray(at, space).toString("latin1"));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > data.length) {
      throw new UsageError(`${label}: corrupt tar data (bad PAX record)`);
    }
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
}

// src/image/sources/oci-layout.ts
var import_node_crypto2 = require("node:crypto");
var import_node_fs9 = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path6 = require("node:path");
var MAX_JSON_SIZE = 8 << 20;
var DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
function checkDigest(digest, label, what) {
  if (typeof digest !== "string" || !DIGEST.test(digest)) {
    throw new UsageError(`${label}: ${what} has an invalid digest ${JSON.stringify(digest)}`);
  }
  return digest;
}
function blobPath(digest) {
  const [alg, hex] = digest.split(":");
  return `blobs/${alg}/${hex}`;
}
function parseJson(data, label, what) {
  if (data.length === 0) throw new UsageError(`${label}: ${what} is empty`);
  try {
    return JSON.parse(data.toString("utf8"));
  } catch {
    throw new UsageError(`${label}: ${what} is not valid JSON`);
  }
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isRecordArray(value) {
  return Array.isArray(value) && value.every(isRecord2);
}
function checkConfig(config, label, what) {
  const invalid = () => new UsageError(`${label}: ${what} is not a valid image config`);
  if (!isRecord2(config)) throw invalid();
  const history = config["history"];
  if (history !== void 0 && history !== null) {
    if (!isRecordArray(history)) throw invalid();
    for (const entry of history) {
      for (const key of ["created_by", "comment"]) {
        if (entry[key] !== void 0 && entry[key] !== null && typeof entry[key] !== "string") throw invalid();
      }
    }
  }
  return config;
}
function machinePlatform() {
  const arch = { x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
  return `linux/${arch[process.arch] ?? process.arch}`;
}
function platformString(os, architecture, variant) {
  return [os, architecture, ...variant ? [variant] : []].join("/");
}
function platformName(p) {
  return p ? platformString(p.os ?? "unknown", p.architecture ?? "unknown", p.variant) : "unknown";
}
function verifyBlob(data, digest, label, what) {
  const [alg = "", hex] = digest.split(":");
  if ((0, import_node_crypto2.createHash)(alg).update(data).digest("hex") !== hex) {
    throw new UsageError(`${label}: blob ${digest} (${what}) does not match its digest`);
  }
  return data;
}
function platformMatches(p, wanted) {
  if (!p) return false;
  const [os, arch, variant] = wanted.split("/");
  if (p.os !== os || p.architecture !== arch) return false;
  if (!variant) return true;
  const have = p.variant ?? (arch === "arm64" ? "v8" : void 0);
  return have === variant;
}
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || platformName(d.platform) === "unknown/unknown";
}
function isIndex(d) {
  return d.mediaType === "application/vnd.oci.image.index.v1+json" || d.mediaType === "application/vnd.docker.distribution.manifest.list.v2+json";
}
function refName(d) {
  return d.annotations?.["org.opencontainers.image.ref.name"];
}
async function selectManifest(store, indexJson, options) {
  const { label } = options;
  const index = parseJson(indexJson, label, "index.json");
  if (!isRecord2(index) || index["manifests"] !== void 0 && index["manifests"] !== null && !isRecordArray(index["manifests"])) {
    throw new UsageError(`${label}: index.json is not a valid image index`);
  }
  let top = Array.isArray(index["manifests"]) ? index["manifests"] : [];
  if (top.length === 0) throw new UsageError(`${label}: index.json lists no image`);
  if (options.tag !== void 0) {
    const tag = options.tag;
    const tagged = top.filter((d) => refName(d) === tag || d.annotations?.["io.containerd.image.name"]?.endsWith(`:${tag}`));
    if (tagged.length === 0) {
      const tags = top.map(refName).filter((t) => t !== void 0);
      throw new UsageError(`${label}: no image tagged ${JSON.stringify(tag)} (tags: ${tags.length ? tags.join(", ") : "none"})`);
    }
    top = tagged;
  }
  top = top.filter((d) => !isAttestation(d));
  if (top.length > 1 && !top.every((d) => d.platform)) {
    const tags = top.map((d) => refName(d) ?? d.digest);
    throw new UsageError(`${label}: the layout holds several images; choose one with :TAG (${tags.join(", ")})`);
  }
  const found = [];
  const visit = async (descriptors, depth) => {
    if (depth > 8) throw new UsageError(`${label}: indexes are nested too deeply`);
    for (const d of descriptors) {
      if (isAttestation(d)) continue;
      const digest = checkDigest(d?.digest, label, "a manifest descriptor");
      const doc = parseJson(await store.json(digest, `manifest ${digest}`), label, `manifest ${digest}`);
      if (!isRecord2(doc)) throw new UsageError(`${label}: manifest ${digest} is not a valid image manifest`);
      const nested = doc["manifests"];
      if (isIndex(d) || Array.isArray(nested)) {
        if (nested !== void 0 && nested !== null && !isRecordArray(nested)) {
          throw new UsageError(`${label}: manifest ${digest} is not a valid image index`);
        }
        await visit(Array.isArray(nested) ? nested : [], depth + 1);
      } else {
        const manifest = doc;
        if (manifest.layers !== void 0 && manifest.layers !== null && !isRecordArray(manifest.layers)) {
          throw new UsageError(`${label}: manifest ${digest} is not a valid image manifest`);
        }
        found.push({ descriptor: d, manifest });
      }
    }
  };
  await visit(top, 0);
  if (found.length === 0) throw new UsageError(`${label}: the index holds no image manifest`);
  if (options.platform !== void 0) {
    const wanted = options.platform;
    const match = found.filter((f) => !f.descriptor.platform || platformMatches(f.descriptor.platform, wanted));
    if (match.length === 0) {
      throw new UsageError(`${label}: no image for platform ${wanted} (platforms: ${found.map((f) => platformName(f.descriptor.platform)).join(", ")})`);
    }
    return match[0];
  }
  if (found.length === 1) return found[0];
  const mine = found.filter((f) => platformMatches(f.descriptor.platform, machinePlatform()));
  if (mine.length > 0) return mine[0];
  throw new UsageError(
    `${label}: the index holds several platforms; choose one with --platform (${found.map((f) => platformName(f.descriptor.platform)).join(", ")})`
  );
}
async function readOciImage(store, indexJson, options) {
  const { label } = options;
  const { descriptor, manifest } = await selectManifest(store, indexJson, options);
  const configDigest = checkDigest(manifest.config?.digest, label, "the manifest config");
  const config = checkConfig(parseJson(await store.json(configDigest, "the config"), label, `config ${configDigest}`), label, `config ${configDigest}`);
  const diffIds = config?.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new UsageError(`${label}: config ${configDigest} has no rootfs.diff_ids`);
  const layerDescriptors = Array.isArray(manifest.layers) ? manifest.layers : [];
  if (layerDescriptors.length !== diffIds.length) {
    throw new UsageError(`${label}: the manifest lists ${layerDescriptors.length} layers but the config has ${diffIds.length} diff_ids`);
  }
  const layers = [];
  for (let i = 0; i < layerDescriptors.length; i += 1) {
    const d = layerDescriptors[i];
    checkDigest(d?.digest, label, `layer ${i}`);
    layers.push(await store.layer(d, i, diffIds[i]));
  }
  return {
    reference: options.reference,
    digest: descriptor.digest,
    platform: configPlatform(config),
    config,
    configDigest,
    layers
  };
}
function configPlatform(config) {
  if (!config.os || !config.architecture) return null;
  return platformString(config.os, config.architecture, config.variant);
}
var OciLayoutSource = class {
  constructor(reference, dir, tag) {
    this.reference = reference;
    this.dir = dir;
    this.tag = tag;
  }
  reference;
  dir;
  tag;
  async read(options) {
    const label = this.reference;
    const dir = this.dir;
    let indexJson;
    try {
      indexJson = await (0, import_promises.readFile)((0, import_node_path6.join)(dir, "index.json"));
    } catch (error) {
      throw new UsageError(`${label}: not an OCI image layout (cannot read ${(0, import_node_path6.join)(dir, "index.json")}: ${error.code ?? error})`);
    }
    let done = 0;
    const store = {
      async json(digest, what) {
        const path = (0, import_node_path6.join)(dir, blobPath(digest));
        let data;
        try {
          const info = await (0, import_promises.stat)(path);
          if (info.size > MAX_JSON_SIZE) throw new UsageError(`${label}: ${what} (${digest}) is too large for a JSON document`);
          data = await (0, import_promises.readFile)(path);
        } catch (error) {
          if (error instanceof UsageError) throw error;
          throw new UsageError(`${label}: blob ${digest} (${what}) is missing from ${dir}`);
        }
        return verifyBlob(data, digest, label, what);
      },
      async layer(d, index, diffId) {
        const path = (0, import_node_path6.join)(dir, blobPath(d.digest));
        const info = await (0, import_promises.stat)(path).catch(() => null);
        if (!info) throw new UsageError(`${label}: layer ${index} blob ${d.digest} is missing from ${dir}`);
        return summarizeLayer((0, import_node_fs9.createReadStream)(path, { highWaterMark: READ_CHUNK }), {
          index,
          expectedDiffId: diffId,
          digest: d.digest,
          mediaType: d.mediaType ?? null,
          blobSize: info.size,
          label: `${label}: layer ${index} (${d.digest})`,
          onBytes: (n) => {
            done += n;
            options.onProgress?.({ layer: index, layers: 0, bytes: done, totalBytes: null });
          }
        });
      }
    };
    return readOciImage(store, indexJson, {
      label,
      reference: this.reference,
      ...this.tag !== void 0 ? { tag: this.tag } : {},
      ...options.platform !== void 0 ? { platform: options.platform } : {}
    });
  }
};

// src/image/sources/docker-archive.ts
var KNOWN_JSON = /* @__PURE__ */ new Set(["manifest.json", "index.json", "oci-layout", "repositories"]);
var MAX_TOTAL_JSON_SIZE = 64 << 20;
async function readImageArchive(input, options) {
  const contents = await scanArchive(input, options);
  return buildImage(contents, options);
}
var ArchiveSource = class {
  constructor(reference, path, mode, selector) {
    this.reference = reference;
    this.path = path;
    this.mode = mode;
    this.selector = selector;
  }
  reference;
  path;
  mode;
  selector;
  async read(options) {
    const stream = (0, import_node_fs10.createReadStream)(this.path, { highWaterMark: READ_CHUNK });
    await new Promise((resolve2, reject) => {
      stream.once("open", () => resolve2());
      stream.once(
        "error",
        (error) => reject(new UsageError(`${this.reference}: cannot read ${this.path} (${error.code ?? error.message})`))
      );
    });
    return readImageArchive(stream, {
      ...options,
      label: this.reference,
      reference: this.reference,
      mode: this.mode,
      ...this.selector !== void 0 ? { selector: this.selector } : {}
    });
  }
};
async function scanArchive(input, options) {
  const { label } = options;
  const contents = { json: /* @__PURE__ */ new Map(), oversized: /* @__PURE__ */ new Map(), layers: /* @__PURE__ */ new Map(), failures: /* @__PURE__ */ new Map(), links: /* @__PURE__ */ new Map() };
  let jsonBytes = 0;
  const source = input[Symbol.asyncIterator]();
  const head = await readHead(source, 4).catch((error) => {
    throw new UsageError(`${label}: cannot read the archive (${errorText(error)})`);
  });
  const first = Buffer.concat(head);
  if (first.length === 0) throw new UsageError(`${label}: the archive is empty`);
  let bytes = 0;
  const counted = async function* () {
    for (const chunk of head) yield chunk;
    for (; ; ) {
      const next = await source.next();
      if (next.done) return;
      bytes += next.value.length;
      options.onProgress?.({ layer: 0, layers: 0, bytes, totalBytes: options.totalBytes ?? null });
      yield next.value;
    }
  };
  const gzipped = first[0] === 31 && first[1] === 139;
  const extract = import_tar_stream.default.extract();
  const outer = import_node_stream.Readable.from(counted());
  const piping = gzipped ? (0, import_promises2.pipeline)(outer, (0, import_node_zlib2.createGunzip)({ chunkSize: DECODE_CHUNK }), extract) : (0, import_promises2.pipeline)(outer, extract);
  let pipeError = null;
  piping.catch((error) => {
    pipeError = error;
  });
  const outerError = (error) => archiveError(pipeError ?? error, label, gzipped);
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const name = archivePath(header.name);
      const body = entry[Symbol.asyncIterator]();
      const rest = async function* (chunks) {
        for (const chunk of chunks) yield chunk;
        for (; ; ) {
          let next;
          try {
            next = await body.next();
          } catch (error) {
            throw outerError(error);
          }
          if (next.done) return;
          yield next.value;
        }
      };
      if (header.type === "symlink" && header.linkname) {
        contents.links.set(name, archivePath(joinLink(name, header.linkname)));
      } else if (header.type === "link" && header.linkname) {
        contents.links.set(name, archivePath(header.linkname));
      } else if (header.type === "file" || header.type === "contiguous-file") {
        const peek = await readHead(body, 512).catch((error) => {
          throw outerError(error);
        });
        const start = Buffer.concat(peek);
        const size = header.size ?? 0;
        if ((KNOWN_JSON.has(name) || looksLikeJson(start) && !looksLikeLayer(start)) && size > MAX_JSON_SIZE) {
          contents.oversized.set(name, size);
          await drain(body, outerError);
        } else if (KNOWN_JSON.has(name) || looksLikeJson(start)) {
          const chunks = [];
          let length = 0;
          for await (const chunk of rest(peek)) {
            length += chunk.length;
            jsonBytes += chunk.length;
            if (length > MAX_JSON_SIZE) throw new UsageError(`${label}: ${name} is too large for a JSON document`);
            if (jsonBytes > MAX_TOTAL_JSON_SIZE) {
              throw new UsageError(`${label}: the archive holds more than ${MAX_TOTAL_JSON_SIZE >> 20} MiB of JSON documents`);
            }
            chunks.push(chunk);
          }
          contents.json.set(name, Buffer.concat(chunks));
        } else if (looksLikeLayer(start)) {
          const layerLabel = `${label}: layer ${name}`;
          const stream = rest(peek);
          try {
            contents.layers.set(name, await summarizeLayer(stream, { index: 0, label: layerLabel }));
          } catch (error) {
            if (error instanceof ArchiveReadError) throw error;
            contents.failures.set(name, error instanceof UsageError ? error : new UsageError(`${layerLabel}: ${errorText(error)}`));
          }
          await drain(body, outerError);
        } else {
          for await (const _ of rest(peek)) void _;
        }
        continue;
      }
      for await (const _ of rest([])) void _;
    }
    await piping;
  } catch (error) {
    extract.destroy();
    input.destroy();
    if (pipeError) throw archiveError(pipeError, label, gzipped);
    if (error instanceof UsageError) throw error;
    throw archiveError(error, label, gzipped);
  }
  return contents;
}
var ArchiveReadError = class extends UsageError {
};
function archiveError(error, label, gzipped) {
  if (error instanceof UsageError) return error;
  const text = errorText(error);
  if (/unexpected end/i.test(text)) return new ArchiveReadError(`${label}: the archive is truncated`);
  if (/invalid tar header|unknown format/i.test(text)) {
    return new ArchiveReadError(`${label}: not a tar archive${gzipped ? " inside the gzip data" : ""} (${text.replace(/\. Maybe.*$/, "")})`);
  }
  if (gzipped && /header|check|invalid|distance|stored block|code/i.test(text)) {
    return new ArchiveReadError(`${label}: the archive's gzip data is corrupt (${text})`);
  }
  return new ArchiveReadError(`${label}: cannot read the archive (${text})`);
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
async function drain(body, outerError) {
  try {
    for (let next = await body.next(); !next.done; next = await body.next()) ;
  } catch (error) {
    throw outerError(error);
  }
}
async function readHead(source, size) {
  const chunks = [];
  let length = 0;
  while (length < size) {
    const next = await source.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  return chunks;
}
function looksLikeJson(start) {
  for (const byte of start) {
    if (byte === 32 || byte === 10 || byte === 13 || byte === 9) continue;
    return byte === 123 || byte === 91;
  }
  return false;
}
function looksLikeLayer(start) {
  if (start.length >= 2 && start[0] === 31 && start[1] === 139) return true;
  if (start.length >= 4 && start.readUInt32BE(0) === 682962941) return true;
  if (start.length >= 3 && start.subarray(0, 3).toString("latin1") === "BZh") return true;
  if (start.length >= 4 && start.readUInt32BE(0) === 4248271448) return true;
  if (start.length < 512) return false;
  let sum = 0;
  let zero = true;
  for (let i = 0; i < 512; i += 1) {
    const byte = start[i];
    if (byte !== 0) zero = false;
    sum += i >= 148 && i < 156 ? 32 : byte;
  }
  if (zero) return true;
  const field = start.subarray(148, 156).toString("latin1").replace(/[\0 ]+/g, " ").trim();
  return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum;
}
function archivePath(name) {
  const parts = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}
function joinLink(name, target) {
  if (target.startsWith("/")) return target;
  const slash = name.lastIndexOf("/");
  return slash < 0 ? target : `${name.slice(0, slash)}/${target}`;
}
function resolveLink(contents, name, label) {
  let current = archivePath(name);
  const seen = /* @__PURE__ */ new Set();
  while (contents.links.has(current)) {
    if (seen.has(current) || seen.size > 40) throw new UsageError(`${label}: symlink loop at ${name} in the archive`);
    seen.add(current);
    current = contents.links.get(current);
  }
  return current;
}
function buildImage(contents, options) {
  const { label } = options;
  const has = (name) => contents.json.has(name) || contents.oversized.has(name);
  const hasManifest = has("manifest.json");
  const hasIndex = has("index.json");
  if (options.mode !== "oci" && hasManifest) return dockerImage(contents, options);
  if (hasIndex) return ociImage(contents, options);
  if (options.mode === "oci") throw new UsageError(`${label}: not an OCI archive (no index.json)`);
  throw new UsageError(`${label}: not an image archive: it has no manifest.json or index.json (a root filesystem tar needs \`docker import\` first)`);
}
function normalTag(tag) {
  let t = tag.replace(/^docker\.io\//, "").replace(/^library\//, "");
  const lastSlash = t.lastIndexOf("/");
  if (!t.slice(lastSlash + 1).includes(":") && !t.includes("@")) t += ":latest";
  return t;
}
function dockerImage(contents, options) {
  const { label } = options;
  const list = parseJson(jsonOf(contents, "manifest.json", label, "manifest.json"), label, "manifest.json");
  if (Array.isArray(list) && list.length === 0) throw new UsageError(`${label}: manifest.json lists no image`);
  if (!Array.isArray(list) || !list.every(isManifestEntry)) throw new UsageError(`${label}: manifest.json is not a valid image manifest list`);
  const manifests = list;
  const tagsOf = (m) => m.RepoTags ?? [];
  const allTags = () => manifests.map((m, i) => tagsOf(m).length ? tagsOf(m).join(", ") : `@${i}`).join("; ");
  let chosen;
  const selector = options.selector;
  if (selector !== void 0 && /^@\d+$/.test(selector)) {
    const n = Number(selector.slice(1));
    if (n >= manifests.length) throw new UsageError(`${label}: no image ${selector} (the archive holds ${manifests.length})`);
    chosen = manifests[n];
  } else if (selector !== void 0) {
    const wanted = normalTag(selector);
    const match = manifests.find((m) => tagsOf(m).some((t) => normalTag(t) === wanted));
    if (!match) throw new UsageError(`${label}: no image tagged ${selector} in the archive (images: ${allTags()})`);
    chosen = match;
  } else if (manifests.length > 1) {
    throw new UsageError(`${label}: the archive holds ${manifests.length} images; choose one with :NAME:TAG (${allTags()})`);
  } else {
    chosen = manifests[0];
  }
  if (typeof chosen?.Config !== "string") throw new UsageError(`${label}: manifest.json has no Config`);
  const configName = resolveLink(contents, chosen.Config, label);
  const configData = jsonOf(contents, configName, label, `config ${chosen.Config}`);
  if (!configData) throw new UsageError(`${label}: the config ${chosen.Config} named in manifest.json is not in the archive`);
  const config = checkConfig(parseJson(configData, label, `config ${chosen.Config}`), label, `config ${chosen.Config}`);
  const diffIds = config?.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new UsageError(`${label}: config ${chosen.Config} has no rootfs.diff_ids`);
  const layerNames = Array.isArray(chosen.Layers) ? chosen.Layers : [];
  if (layerNames.length !== diffIds.length) {
    throw new UsageError(`${label}: manifest.json lists ${layerNames.length} layers but the config has ${diffIds.length} diff_ids`);
  }
  const layers = layerNames.map((layerName, index) => {
    const layerLabel = `${label}: layer ${index} (${layerName})`;
    const name = resolveLink(contents, layerName, label);
    const failure = contents.failures.get(name);
    if (failure) throw failure;
    const summary2 = contents.layers.get(name);
    if (!summary2) throw new UsageError(`${layerLabel} is not in the archive`);
    checkDiffId(summary2.diffId, diffIds[index], layerLabel);
    const named = /^blobs\/(sha256)\/([0-9a-f]{64})$/.exec(name);
    if (named && `${named[1]}:${named[2]}` !== summary2.digest) {
      throw new UsageError(`${layerLabel}: blob digest mismatch: its content is ${summary2.digest}`);
    }
    return { ...summary2, index };
  });
  const configDigest = `sha256:${(0, import_node_crypto3.createHash)("sha256").update(configData).digest("hex")}`;
  return {
    reference: options.reference,
    digest: manifestDigestFor(contents, configDigest) ?? configDigest,
    platform: configPlatform(config),
    config,
    configDigest,
    layers
  };
}
function jsonOf(contents, name, label, what) {
  const size = contents.oversized.get(name);
  if (size !== void 0) throw new UsageError(`${label}: ${what} is too large for a JSON document (${size} bytes)`);
  return contents.json.get(name);
}
function isManifestEntry(value) {
  if (!isRecord2(value)) return false;
  const strings = (list) => Array.isArray(list) && list.every((item) => typeof item === "string");
  return (value["Config"] === void 0 || typeof value["Config"] === "string") && (value["RepoTags"] === void 0 || value["RepoTags"] === null || strings(value["RepoTags"])) && (value["Layers"] === void 0 || value["Layers"] === null || strings(value["Layers"]));
}
function manifestDigestFor(contents, configDigest) {
  const index = contents.json.get("index.json");
  if (!index) return null;
  try {
    const parsed = JSON.parse(index.toString("utf8"));
    for (const d of parsed.manifests ?? []) {
      if (typeof d.digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(d.digest)) continue;
      const blob = contents.json.get(blobPath(d.digest));
      if (!blob) continue;
      const manifest = JSON.parse(blob.toString("utf8"));
      if (manifest.config?.digest === configDigest) return d.digest;
    }
  } catch {
    return null;
  }
  return null;
}
function ociImage(contents, options) {
  const { label } = options;
  const store = {
    async json(digest, what) {
      const data = jsonOf(contents, resolveLink(contents, blobPath(digest), label), label, `blob ${digest} (${what})`);
      if (!data) throw new UsageError(`${label}: blob ${digest} (${what}) is not in the archive`);
      return verifyBlob(data, digest, label, what);
    },
    async layer(d, index, diffId) {
      const name = resolveLink(contents, blobPath(d.digest), label);
      const layerLabel = `${label}: layer ${index} (${d.digest})`;
      const failure = contents.failures.get(name);
      if (failure) throw failure;
      const summary2 = contents.layers.get(name);
      if (!summary2) throw new UsageError(`${layerLabel}: the blob is not in the archive`);
      if (summary2.digest !== d.digest) throw new UsageError(`${layerLabel}: blob digest mismatch: its content is ${summary2.digest}`);
      checkDiffId(summary2.diffId, diffId, layerLabel);
      return { ...summary2, index, mediaType: d.mediaType ?? null, digest: d.digest };
    }
  };
  return readOciImage(store, jsonOf(contents, "index.json", label, "index.json"), {
    label,
    reference: options.reference,
    ...options.selector !== void 0 ? { tag: options.selector } : {},
    ...options.platform !== void 0 ? { platform: options.platform } : {}
  });
}

// src/image/sources/engine.ts
var dockerode = lazy("dockerode");
var INSPECT_TIMEOUT_MS = 1e4;
var EXPORT_IDLE_TIMEOUT_MS = 12e4;
function engineAddress() {
  const host = process.env.DOCKER_HOST;
  return host && host !== "" ? host : "unix:///var/run/docker.sock";
}
var EngineSource = class {
  constructor(reference, name) {
    this.reference = reference;
    this.name = name;
  }
  reference;
  name;
  async read(options) {
    const label = this.reference;
    const Docker = dockerode();
    let docker;
    let exporter;
    try {
      docker = new Docker({ timeout: INSPECT_TIMEOUT_MS + 1e3 });
      exporter = new Docker({ timeout: EXPORT_IDLE_TIMEOUT_MS });
    } catch (error) {
      throw new UsageError(`${label}: bad DOCKER_HOST (${error.message})`);
    }
    let info;
    try {
      let timer;
      const silence = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error("timeout"), { timedOut: true })), INSPECT_TIMEOUT_MS);
      });
      try {
        info = await Promise.race([docker.getImage(this.name).inspect(), silence]);
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      throw this.engineError(error);
    }
    let stream;
    try {
      stream = await exporter.getImage(this.name).get();
    } catch (error) {
      throw this.engineError(error);
    }
    const data = await readImageArchive(stream, { ...options, label, reference: this.reference, mode: "docker" });
    const repoDigest = info.RepoDigests?.find((d) => d.includes("@"));
    return {
      ...data,
      digest: repoDigest ? repoDigest.slice(repoDigest.indexOf("@") + 1) : info.Id,
      platform: info.Os && info.Architecture ? platformString(info.Os, info.Architecture, info.Variant) : data.platform
    };
  }
  engineError(error) {
    const e = error;
    const label = this.reference;
    if (e.timedOut) {
      return new UsageError(`${label}: cannot reach the Docker Engine at ${engineAddress()} (no answer within ${INSPECT_TIMEOUT_MS / 1e3} s)`);
    }
    if (e.statusCode === 404) return new UsageError(`${label}: no such image ${this.name} in the Docker Engine at ${engineAddress()}`);
    if (e.code === "EACCES" || e.code === "EPERM") {
      return new UsageError(`${label}: no permission to use the Docker Engine socket at ${engineAddress()} (${e.code})`);
    }
    if (e.code || /timeout|socket hang up/i.test(e.message ?? "")) {
      return new UsageError(`${label}: cannot reach the Docker Engine at ${engineAddress()} (${e.code ? `connect ${e.code}` : "no answer"})`);
    }
    const detail = e.json?.message ?? e.message ?? String(error);
    return new UsageError(`${label}: the Docker Engine at ${engineAddress()} refused the request (${e.statusCode ?? ""} ${detail})`.replace("( ", "("));
  }
};

// src/image/source.ts
function splitPath(rest) {
  for (let i = rest.length; i > 0; i = rest.lastIndexOf(":", i - 1)) {
    const candidate = rest.slice(0, i);
    if (candidate !== "" && (0, import_node_fs11.existsSync)(candidate)) {
      return i < rest.length ? { path: candidate, extra: rest.slice(i + 1) } : { path: candidate };
    }
    if (i <= 0) break;
  }
  const colon = rest.indexOf(":");
  return colon < 0 ? { path: rest } : { path: rest.slice(0, colon), extra: rest.slice(colon + 1) };
}
function requireExisting(reference, path, kind) {
  if (path === "") throw new UsageError(`${reference}: no path given`);
  if (!(0, import_node_fs11.existsSync)(path)) throw new UsageError(`${reference}: ${path} does not exist`);
  const isDir = (0, import_node_fs11.statSync)(path).isDirectory();
  if (kind === "dir" && !isDir) throw new UsageError(`${reference}: ${path} is not a directory (an OCI layout is a directory; use oci-archive: for a tar)`);
  if (kind === "file" && isDir) throw new UsageError(`${reference}: ${path} is a directory (use oci: for an OCI layout directory)`);
}
function resolveSource(reference) {
  if (reference.startsWith("docker-archive:")) {
    const { path, extra } = splitPath(reference.slice("docker-archive:".length));
    requireExisting(reference, path, "file");
    return new ArchiveSource(reference, path, "docker", extra || void 0);
  }
  if (reference.startsWith("oci-archive:")) {
    const { path, extra } = splitPath(reference.slice("oci-archive:".length));
    requireExisting(reference, path, "file");
    return new ArchiveSource(reference, path, "oci", extra || void 0);
  }
  if (reference.startsWith("oci:")) {
    const { path, extra } = splitPath(reference.slice("oci:".length));
    requireExisting(reference, path, "dir");
    return new OciLayoutSource(reference, path, extra || void 0);
  }
  if (reference.startsWith("docker://")) {
    const name = reference.slice("docker://".length);
    if (name === "") throw new UsageError(`${reference}: no image name given`);
    return new EngineSource(reference, name);
  }
  if (reference !== "" && (0, import_node_fs11.existsSync)(reference)) {
    if ((0, import_node_fs11.statSync)(reference).isDirectory()) return new OciLayoutSource(reference, reference);
    return new ArchiveSource(reference, reference, "auto");
  }
  if (reference === "") throw new UsageError("no image given");
  return new EngineSource(reference, reference);
}

// src/report/image-json.ts
var ratio = (value) => value === null || !Number.isFinite(value) ? null : value;
function imageReport(analysis, ci) {
  return {
    version: 1,
    image: {
      reference: analysis.reference,
      digest: analysis.digest,
      platform: analysis.platform,
      sizeBytes: analysis.sizeBytes,
      userSizeBytes: analysis.userSizeBytes,
      wastedBytes: analysis.wastedBytes,
      wastedUserPercent: ratio(analysis.wastedUserPercent),
      efficiency: ratio(analysis.efficiency),
      reclaimableBytes: analysis.reclaimableBytes,
      files: analysis.files
    },
    layers: analysis.layers.map((layer) => ({
      index: layer.index,
      digest: layer.digest,
      diffId: layer.diffId,
      sizeBytes: layer.sizeBytes,
      entries: layer.entries,
      createdBy: layer.createdBy,
      instruction: layer.instruction
    })),
    inefficientFiles: analysis.inefficientFiles.map(({ path, count, sizeBytes }) => ({ path, count, sizeBytes })),
    reclaimable: analysis.reclaimable.map(({ path, bytes, reason, layer }) => ({ path, bytes, reason, layer })),
    ci: ci === null ? null : {
      pass: ci.pass,
      gates: ci.gates.map(({ name, status, threshold, value }) => ({ name, status, threshold, value: ratio(value) }))
    }
  };
}
function formatImageJson(analysis, ci) {
  return JSON.stringify(imageReport(analysis, ci), null, 2) + "\n";
}

// src/report/image-tty.ts
var Table2 = lazy("cli-table3");
var UNITS2 = ["B", "kB", "MB", "GB", "TB", "PB"];
function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (Math.abs(bytes) < 1e3) return `${bytes} B`;
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 999.95 && unit < UNITS2.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS2[unit]}`;
}
function formatPercent(ratio2) {
  return ratio2 === null || !Number.isFinite(ratio2) ? "n/a" : `${(ratio2 * 100).toFixed(2)} %`;
}
var BAR_WIDTH = 16;
function sizeBar(size, largest, width = BAR_WIDTH) {
  if (largest <= 0) return " ".repeat(width);
  const cells = size <= 0 ? 0 : Math.max(1, Math.round(size / largest * width));
  return "\u2588".repeat(cells) + " ".repeat(width - cells);
}
function oneLine(text, width) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}\u2026`;
}
var plain = { head: [], border: [] };
var compact = { "mid": "", "left-mid": "", "mid-mid": "", "right-mid": "" };
var bare = {
  "top": "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  "bottom": "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  "left": "",
  "left-mid": "",
  "mid": "",
  "mid-mid": "",
  "right": "",
  "right-mid": "",
  "middle": ""
};
function gateValue(name, value) {
  if (value === null) return "n/a";
  return name === "highestWastedBytes" ? formatBytes(value) : name === "lowestEfficiency" ? value.toFixed(4) : formatPercent(value);
}
function formatImageTty(analysis, ci, options = {}) {
  const columns = Math.max(60, options.columns ?? 120);
  const limit = options.limit ?? 10;
  const out = [];
  const summary2 = new (Table2())({ style: { ...plain, "padding-left": 0 }, chars: bare });
  summary2.push(
    ["Image", analysis.reference],
    ["Digest", analysis.digest ?? "unknown"],
    ["Platform", analysis.platform ?? "unknown"],
    ["Total size", `${formatBytes(analysis.sizeBytes)} in ${analysis.layers.length} layer${analysis.layers.length === 1 ? "" : "s"}, ${analysis.files} files`],
    ["User size", `${formatBytes(analysis.userSizeBytes)} (all layers but the first)`],
    ["Efficiency", formatPercent(analysis.efficiency)],
    ["Wasted", `${formatBytes(analysis.wastedBytes)} (${formatPercent(analysis.wastedUserPercent)} of the user size; dive's count: every copy)`],
    ["Reclaimable", `${formatBytes(analysis.reclaimableBytes)} (what removing the hidden copies would save)`]
  );
  out.push(summary2.toString().split("\n").map((line) => line.trimEnd()).join("\n"), "");
  const largest = analysis.layers.reduce((max, layer) => Math.max(max, layer.sizeBytes), 0);
  const instructionWidth = Math.max(20, columns - 44);
  const layers = new (Table2())({ head: ["#", "size", "", "instruction"], style: plain, chars: compact, colAligns: ["right", "right", "left", "left"] });
  for (const layer of analysis.layers) {
    const instruction = layer.instruction ?? (layer.createdBy === "" ? "(no history)" : layer.createdBy);
    layers.push([String(layer.index), formatBytes(layer.sizeBytes), sizeBar(layer.sizeBytes, largest), oneLine(instruction, instructionWidth)]);
  }
  out.push("Layers", layers.toString(), "");
  const pathWidth = Math.max(20, columns - 40);
  if (analysis.inefficientFiles.length > 0) {
    const wasted = new (Table2())({ head: ["count", "size", "path"], style: plain, chars: compact, colAligns: ["right", "right", "left"] });
    for (const file of analysis.inefficientFiles.slice(0, limit)) wasted.push([String(file.count), formatBytes(file.sizeBytes), oneLine(file.path, pathWidth)]);
    out.push("Largest wasted files (all copies of each path)", wasted.toString());
    if (analysis.inefficientFiles.length > limit) out.push(`\u2026 and ${analysis.inefficientFiles.length - limit} more`);
    out.push("");
  }
  if (analysis.reclaimable.length > 0) {
    const reclaimable = new (Table2())({ head: ["size", "layer", "path", "reason"], style: plain, chars: compact, colAligns: ["right", "right", "left", "left"] });
    for (const file of analysis.reclaimable.slice(0, limit)) {
      reclaimable.push([formatBytes(file.bytes), String(file.layer), oneLine(file.path, Math.max(20, pathWidth - 30)), file.reason]);
    }
    out.push("Reclaimable", reclaimable.toString());
    if (analysis.reclaimable.length > limit) out.push(`\u2026 and ${analysis.reclaimable.length - limit} more`);
    out.push("");
  }
  if (ci !== null) {
    const gates = new (Table2())({ head: ["gate", "status", "threshold", "value"], style: plain, chars: compact });
    for (const gate of ci.gates) {
      gates.push([gate.name, gate.status.toUpperCase(), gate.threshold === null ? "disabled" : gateValue(gate.name, gate.threshold), gateValue(gate.name, gate.value)]);
    }
    out.push(`CI: ${ci.pass ? "PASS" : "FAIL"}`, gates.toString(), "");
  }
  return out.join("\n");
}

// src/report/progress.ts
var NONE = { update: () => {
}, done: () => {
} };
var REDRAW_MS = 100;
function progressBar(stream = process.stderr, enabled = true) {
  if (!enabled || stream.isTTY !== true) return NONE;
  let last = 0;
  let drawn = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      stream.write(`\r${progressLine(progress, stream.columns || 80)}\x1B[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function progressLine(progress, columns) {
  const layer = progress.layers > 0 ? `reading layer ${Math.min(progress.layer + 1, progress.layers)}/${progress.layers}` : `reading layer ${progress.layer + 1}`;
  if (progress.totalBytes === null || progress.totalBytes <= 0) return `${layer}  ${formatBytes(progress.bytes)}`.slice(0, columns - 1);
  const ratio2 = Math.min(1, progress.bytes / progress.totalBytes);
  const tail = `${String(Math.floor(ratio2 * 100)).padStart(3)}%  ${formatBytes(progress.bytes)} / ${formatBytes(progress.totalBytes)}`;
  const width = Math.max(0, Math.min(40, columns - layer.length - tail.length - 6));
  const filled = Math.round(ratio2 * width);
  const bar = width > 0 ? ` [${"#".repeat(filled)}${".".repeat(width - filled)}]` : "";
  return `${layer}${bar} ${tail}`.slice(0, columns - 1);
}

// src/cli/image.ts
var DEFAULT_CI_CONFIG = ".dive-ci";
function registerImage(program2, setExit) {
  program2.command("image").description("show what each layer of an image adds, the space wasted and why; gate CI on it with --ci").argument("<reference>", "docker-archive:FILE[:NAME:TAG], oci:DIR[:TAG], oci-archive:FILE[:TAG], docker://NAME, a path, or an image name in the engine").addOption(new Option("-f, --format <format>", "output format").choices(["tty", "json"]).default("tty")).option("--platform <os/arch[/variant]>", "the platform to pick from a multi-platform image").option("--ci", `check the CI gates (from flags, else --ci-config, else ./${DEFAULT_CI_CONFIG}, else dive's defaults); exit 1 when one fails`).option("--lowest-efficiency <ratio>", 'fail when the efficiency is below this ratio (0..1, or "disabled"); implies --ci').option("--highest-wasted-bytes <size>", 'fail when more bytes are wasted (e.g. 20MB, 50MiB, or "disabled"); implies --ci').option("--highest-user-wasted-percent <ratio>", 'fail when this ratio of the user size is wasted (0..1, or "disabled"); implies --ci').option("-c, --config <file>", "read image.ci gates from this whale configuration instead of the nearest .whale.yaml").option("--ci-config <file>", `a .dive-ci file with the gates under rules: (default ./${DEFAULT_CI_CONFIG} when it exists)`).option("--no-progress", "no progress bar on standard error").action(async (reference, options) => {
    setExit(await runImage(reference, options));
  });
}
var PLATFORM_RE = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/i;
async function runImage(reference, options) {
  if (options.platform !== void 0 && !PLATFORM_RE.test(options.platform)) {
    throw new UsageError(`--platform: "${options.platform}" is not os/arch[/variant] (e.g. linux/arm64/v8)`);
  }
  const rules = ciRules(options);
  const source = resolveSource(reference);
  const progress = progressBar(process.stderr, options.progress);
  let image;
  try {
    image = await source.read({ ...options.platform ? { platform: options.platform } : {}, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const analysis = analyze(image);
  const ci = rules === null ? null : evaluateCi(analysis, rules);
  process.stdout.write(options.format === "json" ? formatImageJson(analysis, ci) : formatImageTty(analysis, ci, process.stdout.isTTY ? { columns: process.stdout.columns } : {}));
  return ci !== null && !ci.pass ? EXIT_FINDINGS : EXIT_OK;
}
function ciRules(options) {
  const flags = ciRulesFromFlags({
    lowestEfficiency: options.lowestEfficiency,
    highestWastedBytes: options.highestWastedBytes,
    highestUserWastedPercent: options.highestUserWastedPercent
  });
  const anyFlag = [options.lowestEfficiency, options.highestWastedBytes, options.highestUserWastedPercent].some((v) => v !== void 0);
  if (!options.ci && !anyFlag && options.ciConfig === void 0) return null;
  const file = options.ciConfig ?? ((0, import_node_fs12.existsSync)(DEFAULT_CI_CONFIG) ? DEFAULT_CI_CONFIG : null);
  const whaleConfig = options.config ? loadConfig(options.config, registry) : new ConfigResolver(registry, null).forFolder(process.cwd());
  return mergeCiRules(whaleConfig.imageCi, file === null ? {} : loadDiveCi(file), flags);
}

// package.json
var version = "0.1.0";

// src/version.ts
var VERSION = version;

// src/cli/main.ts
async function main(argv) {
  const debug = argv.includes("--debug");
  if (debug) process.env["WHALE_DEBUG"] = "1";
  const program2 = new Command("whale").description("Lint Dockerfiles and inspect the images they build").version(VERSION, "-V, --version").option("--debug", "show stack traces for errors").exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text) }).showHelpAfterError("(run `whale --help` for usage)");
  let exitCode = EXIT_OK;
  const setExit = (code) => {
    exitCode = code;
  };
  registerLint(program2, setExit);
  registerRules(program2, setExit);
  registerImage(program2, setExit);
  try {
    await program2.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`whale: ${error.message}
`);
      if (debug) process.stderr.write(`${error.stack}
`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`whale: internal error: ${message}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}
`);
    return EXIT_USAGE;
  }
  return exitCode;
}
var settled = false;
process.on("beforeExit", () => {
  if (settled) return;
  settled = true;
  process.stderr.write("whale: internal error: the work stopped before it finished\n");
  process.exitCode = EXIT_USAGE;
});
main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error) => {
    settled = true;
    process.stderr.write(`whale: internal error: ${String(error)}
`);
    process.exitCode = EXIT_USAGE;
  }
);
