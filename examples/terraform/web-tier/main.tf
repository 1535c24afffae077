# A web tier laid out as a module: main.tf, variables.tf, terraform.tfvars.
# Three scale sets: the API (Windows, zonal, rolling with a health extension as its own resource),
# a legacy batch pool (azurerm_virtual_machine_scale_set, no rolling policy written: Azure's 20/20/20),
# and a flexible jobs pool with surge on.

resource "azurerm_windows_virtual_machine_scale_set" "api" {
  name                 = "api-vmss"
  resource_group_name  = azurerm_resource_group.web.name
  location             = var.location
  sku                  = "Standard_D2s_v5"
  instances            = var.api_instances
  admin_username       = "apiadmin"
  admin_password       = var.admin_password
  computer_name_prefix = "api"
  upgrade_mode         = "Rolling"
  zones                = var.zones

  rolling_upgrade_policy {
    max_batch_instance_percent              = var.max_batch_percent
    max_unhealthy_instance_percent          = 40
    max_unhealthy_upgraded_instance_percent = 20
    pause_time_between_batches              = "PT30S"
    prioritize_unhealthy_instances_enabled  = true
    cross_zone_upgrades_enabled             = true
  }

  automatic_os_upgrade_policy {
    disable_automatic_rollback  = var.disable_os_rollback
    enable_automatic_os_upgrade = true
  }

  automatic_instance_repair {
    enabled      = true
    grace_period = "PT30M"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }

  os_disk {
    storage_account_type = "Premium_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name    = "api-nic"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = azurerm_subnet.api.id
    }
  }
}

resource "azurerm_virtual_machine_scale_set_extension" "api_health" {
  name                         = "HealthExtension"
  virtual_machine_scale_set_id = azurerm_windows_virtual_machine_scale_set.api.id
  publisher                    = "Microsoft.ManagedServices"
  type                         = "ApplicationHealthWindows"
  type_handler_version         = "1.0"
  settings                     = jsonencode({ protocol = "https", port = 443, requestPath = "/healthz" })
}

resource "azurerm_virtual_machine_scale_set" "batch" {
  name                = "batch-pool"
  location            = var.location
  resource_group_name = azurerm_resource_group.web.name
  upgrade_policy_mode = "Rolling"
  health_probe_id     = azurerm_lb_probe.batch.id

  sku {
    name     = "Standard_F2"
    tier     = "Standard"
    capacity = var.batch_capacity
  }

  storage_profile_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  storage_profile_os_disk {
    create_option     = "FromImage"
    managed_disk_type = "Standard_LRS"
  }

  os_profile {
    computer_name_prefix = "batch"
    admin_username       = "batchadmin"
  }

  network_profile {
    name    = "batch-net"
    primary = true

    ip_configuration {
      name                                   = "internal"
      primary                                = true
      subnet_id                              = azurerm_subnet.batch.id
      load_balancer_backend_address_pool_ids = [azurerm_lb_backend_address_pool.batch.id]
    }
  }
}

resource "azurerm_orchestrated_virtual_machine_scale_set" "jobs" {
  name                        = "jobs-flex"
  location                    = var.location
  resource_group_name         = azurerm_resource_group.web.name
  platform_fault_domain_count = 1
  sku_name                    = "Standard_D2s_v5"
  instances                   = 4
  upgrade_mode                = "Rolling"

  rolling_upgrade_policy {
    max_batch_instance_percent              = 50
    max_unhealthy_instance_percent          = 50
    max_unhealthy_upgraded_instance_percent = 50
    pause_time_between_batches              = "PT0S"
    maximum_surge_instances_enabled         = true
  }

  extension {
    name                 = "HealthExtension"
    publisher            = "Microsoft.ManagedServices"
    type                 = "ApplicationHealthLinux"
    type_handler_version = "1.0"
  }
}
