-- Headless Neovim (0.7+): start the referat server with the built-in LSP
-- client, open a file, and write what the server answered to a JSON file.
-- Environment: REFERAT_NODE, REFERAT_SERVER, REFERAT_FILE, REFERAT_OUT,
-- REFERAT_LINE / REFERAT_CHAR (0-based position to complete at).
local node = os.getenv('REFERAT_NODE')
local server = os.getenv('REFERAT_SERVER')
local file = os.getenv('REFERAT_FILE')
local out = os.getenv('REFERAT_OUT')
local line = tonumber(os.getenv('REFERAT_LINE'))
local char = tonumber(os.getenv('REFERAT_CHAR'))
local result = { ok = false, diagnostics = {}, symbols = {}, completion = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

-- Note when the server publishes diagnostics, even an empty list.
local published = false
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(...)
  published = true
  return publish(...)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'referat'
  local id = vim.lsp.start_client({
    name = 'referat',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, id)
  assert(vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(id)
    return c ~= nil and c.server_capabilities ~= nil and next(c.server_capabilities) ~= nil
  end, 50), 'the server did not initialize')
  result.name = vim.lsp.get_client_by_id(id).name

  -- Neovim 0.7 cannot pull diagnostics: they must be pushed.
  assert(vim.wait(15000, function() return published end, 50), 'no diagnostics were published')
  result.published = true
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(result.diagnostics, { line = d.lnum, code = code, message = d.message })
  end

  local doc = vim.lsp.util.make_text_document_params(bufnr)
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = doc }, 15000)
  for _, r in pairs(symbols or {}) do
    for _, s in ipairs(r.result or {}) do table.insert(result.symbols, s.name) end
  end

  local completion = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
    textDocument = doc,
    position = { line = line, character = char },
  }, 15000)
  for _, r in pairs(completion or {}) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end
  result.ok = true
end)
if not ok then result.error = tostring(err) end
finish()
